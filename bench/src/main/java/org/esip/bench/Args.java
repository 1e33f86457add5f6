package org.esip.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@code --name value} and {@code --flag} command-line options, with defaults, and nothing else. */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    Args(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(name, args[++i]);
            } else {
                values.put(name, "true");
            }
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String get(String name) {
        return values.get(name);
    }

    int integer(String name, int fallback) {
        String v = values.get(name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    double decimal(String name, double fallback) {
        String v = values.get(name);
        return v == null ? fallback : Double.parseDouble(v);
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    /** {@code 10s}, {@code 500ms}, {@code 2m} or plain seconds. */
    Duration duration(String name, Duration fallback) {
        String v = values.get(name);
        return v == null ? fallback : parseDuration(v);
    }

    static Duration parseDuration(String v) {
        String s = v.strip().toLowerCase();
        if (s.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        }
        if (s.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
        }
        if (s.endsWith("m")) {
            return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)) * 60);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
    }
}

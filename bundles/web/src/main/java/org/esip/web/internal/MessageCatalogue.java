package org.esip.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pages' texts as JSON, from Java resource bundles: {@code <name>.properties} holds the Chinese
 * (zh-CN, the default) and {@code <name>_en.properties} the English; an English key that is missing
 * falls back to the Chinese one, so a page never shows a bare key because a translation lags.
 */
final class MessageCatalogue {
    static final String ZH = "zh-CN";
    static final String EN = "en";

    private MessageCatalogue() {
    }

    /** {@code en} (or {@code en-*}) is English; everything else, and nothing, is Chinese. */
    static String language(String requested) {
        return requested != null && (requested.equals(EN) || requested.startsWith("en-") || requested.startsWith("en_"))
                ? EN : ZH;
    }

    /**
     * @param find the bundle's files by name ({@code web/i18n/portal.properties}), null when absent
     * @param base the bundle's path without {@code .properties}
     * @return the JSON object {@code {"key":"text",…}}, or null when the bundle has no Chinese file
     */
    static String json(Function<String, URL> find, String base, String language) {
        Map<String, String> messages = messages(find, base, language);
        return messages == null ? null : toJson(messages);
    }

    /** The texts of {@link #json}, as a sorted map; null when the bundle has no Chinese file. */
    static Map<String, String> messages(Function<String, URL> find, String base, String language) {
        URL zh = find.apply(base + ".properties");
        if (zh == null) {
            return null;
        }
        Map<String, String> messages = new TreeMap<>(load(zh));
        if (EN.equals(language)) {
            URL en = find.apply(base + "_en.properties");
            if (en != null) {
                messages.putAll(load(en));
            }
        }
        return messages;
    }

    static Map<String, String> load(URL url) {
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        p.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    static String toJson(Map<String, String> messages) {
        StringBuilder b = new StringBuilder(messages.size() * 40).append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : messages.entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            quote(b, e.getKey()).append(':');
            quote(b, e.getValue());
        }
        return b.append('}').toString();
    }

    static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                // never let a message close a script or open markup, whatever page embeds it
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}

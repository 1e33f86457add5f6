package org.esip.itests;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough JSON reading for assertions, so the probe needs no JSON library. */
final class Json {
    private Json() {
    }

    /** The first number value of {@code "name":123} in the text. */
    static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no number \"" + name + "\" in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** The first string value of {@code "name":"..."} in the text. */
    static String string(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no string \"" + name + "\" in " + json);
        }
        return m.group(1);
    }
}

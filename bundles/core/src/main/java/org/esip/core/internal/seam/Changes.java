package org.esip.core.internal.seam;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The fields one change touched, with their old and new values, for the audit log. Only fields
 * whose value differs are kept. Personal data ({@link #secret}) is recorded as changed without
 * its values, so the audit log never holds what the tables keep encrypted.
 */
public final class Changes {
    static final String MASK = "***";
    private final Map<String, Object[]> fields = new LinkedHashMap<>();

    /** Records {@code field} if {@code before} and {@code after} differ (collections compared as sets). */
    public Changes field(String field, Object before, Object after) {
        Object b = normalize(before);
        Object a = normalize(after);
        if (!Objects.equals(b, a)) {
            fields.put(field, new Object[] {b, a});
        }
        return this;
    }

    /** Records that personal data {@code field} changed, without its values. */
    public Changes secret(String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.put(field, new Object[] {before == null ? null : MASK, after == null ? null : MASK});
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    private static Object normalize(Object value) {
        if (value instanceof Collection<?> c) {
            TreeSet<String> sorted = new TreeSet<>();
            c.forEach(item -> sorted.add(String.valueOf(item)));
            return sorted.isEmpty() ? null : String.join(",", sorted);
        }
        return value instanceof String s && s.isEmpty() ? null : value;
    }

    /** {@code {"field":[old,new],...}} */
    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((field, values) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, field).append(":[");
            value(json, values[0]).append(',');
            value(json, values[1]).append(']');
        });
        return json.append('}').toString();
    }

    private static StringBuilder value(StringBuilder json, Object value) {
        if (value == null) {
            return json.append("null");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return json.append(value);
        }
        return quote(json, value.toString());
    }

    private static StringBuilder quote(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}

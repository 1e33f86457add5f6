package org.esip.core.internal.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.esip.core.api.FieldViolation;
import org.esip.line.kit.TextPattern;

/**
 * The core's texts for people, from {@code Messages_zh_CN.properties} (read first) and
 * {@code Messages.properties} (English).
 */
public final class Messages {
    private static final String BASE = "org.esip.core.internal.i18n.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String zh(String key, Object... args) {
        return format(Locale.SIMPLIFIED_CHINESE, key, args);
    }

    public static String en(String key, Object... args) {
        return format(Locale.ROOT, key, args);
    }

    public static FieldViolation violation(String field, String key, Object... args) {
        return new FieldViolation(field, key, zh(key, args), en(key, args));
    }

    /** The most characters of a value a message repeats; a longer value is cut (a bad value is shown, not echoed). */
    public static final int MAX_ECHO = 64;

    private static Object[] shortened(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof CharSequence text && text.length() > MAX_ECHO) {
                int end = Character.isHighSurrogate(text.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
                out[i] = text.subSequence(0, end) + "…(" + text.length() + ")";
            }
        }
        return out;
    }

    private static String format(Locale locale, String key, Object... args) {
        Map<String, TextPattern> byKey = FORMATS.get(locale);
        if (byKey == null) {
            byKey = FORMATS.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        }
        TextPattern parsed = byKey.get(key);
        if (parsed == null) {
            parsed = byKey.computeIfAbsent(key, k -> parse(locale, k));
        }
        return parsed == null ? key : parsed.format(shortened(args));
    }

    /**
     * Parsed patterns by locale and key. Looking the bundle up and parsing the pattern for every text cost about 6% of
     * a ticket create's CPU, for its notice (issue 16). The texts are this bundle's own resources: they change only
     * with the bundle, which brings a new class and so a new map. Bounded by the keys of the two property files. Read
     * by locale, then by the key's own (cached) hash, with a plain {@code get} first: {@code computeIfAbsent} on a key
     * already present compared a record key through its generated {@code equals} and could lock a map bin (1.4% of a
     * create, issue 16).
     */
    private static final Map<Locale, Map<String, TextPattern>> FORMATS = new ConcurrentHashMap<>();

    private static TextPattern parse(Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BASE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
            return TextPattern.of(bundle.getString(key), locale);
        } catch (MissingResourceException e) {
            return null; // not kept: computeIfAbsent stores nothing for a missing key, which is then shown as it is
        }
    }
}

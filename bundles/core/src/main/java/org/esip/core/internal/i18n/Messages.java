package org.esip.core.internal.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.esip.core.api.FieldViolation;

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
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BASE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
            return new MessageFormat(bundle.getString(key), locale).format(shortened(args));
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

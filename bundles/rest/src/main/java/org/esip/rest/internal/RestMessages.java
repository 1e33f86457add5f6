package org.esip.rest.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.esip.core.api.FieldViolation;

/** The REST layer's own texts (Chinese first, English beside it), for errors the core never sees. */
final class RestMessages {
    private static final String BASE = "org.esip.rest.internal.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RestMessages() {
    }

    static String zh(String key, Object... args) {
        return format(Locale.SIMPLIFIED_CHINESE, key, args);
    }

    static String en(String key, Object... args) {
        return format(Locale.ROOT, key, args);
    }

    static FieldViolation violation(String field, String key, Object... args) {
        return new FieldViolation(field, key, zh(key, args), en(key, args));
    }

    private static String format(Locale locale, String key, Object... args) {
        try {
            ResourceBundle b = ResourceBundle.getBundle(BASE, locale, RestMessages.class.getClassLoader(), NO_FALLBACK);
            return new MessageFormat(b.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

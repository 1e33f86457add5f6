package org.esip.line.policy.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.esip.core.api.FieldViolation;

/** The policy line's texts: {@code Messages_zh_CN.properties} first, {@code Messages.properties} in English. */
final class PolicyMessages {
    private static final String BASE = "org.esip.line.policy.internal.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PolicyMessages() {
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
            ResourceBundle bundle = ResourceBundle.getBundle(BASE, locale, PolicyMessages.class.getClassLoader(), NO_FALLBACK);
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

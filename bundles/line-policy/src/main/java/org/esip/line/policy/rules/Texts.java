package org.esip.line.policy.rules;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts people read, from {@code Messages_zh_CN.properties} (Chinese, shown first) and
 * {@code Messages.properties} (English) beside this class, both UTF-8.
 */
final class Texts {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ROOT;
    private static final String BASE = "org.esip.line.policy.rules.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE, locale, Texts.class.getClassLoader(), NO_FALLBACK);
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The items joined by the language's list separator (、 or ,). */
    static String list(Locale locale, Collection<String> items) {
        return String.join(text(locale, "list.separator"), items);
    }
}

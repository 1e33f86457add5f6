package ${package}.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The line's texts: {@code Messages_zh_CN.properties} (Chinese, shown first) and {@code Messages.properties}. */
final class Messages {
    private static final String BASE = Messages.class.getPackageName() + ".Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    static String zh(String key, Object... args) {
        return format(Locale.SIMPLIFIED_CHINESE, key, args);
    }

    static String en(String key, Object... args) {
        return format(Locale.ROOT, key, args);
    }

    private static String format(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BASE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

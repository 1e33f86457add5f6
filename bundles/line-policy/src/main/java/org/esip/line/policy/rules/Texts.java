package org.esip.line.policy.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts people read, from {@code Messages_zh_CN.properties} (Chinese, shown first) and
 * {@code Messages.properties} (English) beside this class, both UTF-8. Placeholders are {@code {0}}, {@code {1}},
 * … replaced by the arguments as they are (no MessageFormat number or quote handling: the texts are read for every
 * condition of every pair the index explains, so formatting is kept cheap).
 */
final class Texts {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ROOT;
    private static final String BASE = "org.esip.line.policy.rules.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    private static final ResourceBundle ZH_TEXTS = load(ZH);
    private static final ResourceBundle EN_TEXTS = load(EN);

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BASE, locale, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    static String text(Locale locale, String key, Object... args) {
        String pattern = (locale.equals(ZH) ? ZH_TEXTS : EN_TEXTS).getString(key);
        if (args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3) {
                int n = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(n < args.length ? String.valueOf(args[n]) : "");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The items joined by the language's list separator (、 or ,). */
    static String list(Locale locale, Collection<String> items) {
        return String.join(text(locale, "list.separator"), items);
    }
}

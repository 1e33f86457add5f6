package org.esip.shell.internal;

/**
 * How many terminal cells a text takes: East Asian wide and fullwidth characters (Chinese, Japanese,
 * Korean, fullwidth punctuation) take two cells, combining marks and control characters none, the rest
 * one. A table padded by {@link String#length()} is ragged as soon as a cell holds Chinese text.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    static int of(int cp) {
        if (cp == 0 || Character.isISOControl(cp)) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** The wide (W) and fullwidth (F) ranges of Unicode's East Asian Width property that Chinese text uses. */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF) // Hiragana, Katakana, Bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF) // CJK Extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK Unified Ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth signs
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK Extensions B and later
    }

    /** {@code text} followed by spaces up to {@code cells} terminal cells. */
    static String pad(String text, int cells) {
        String value = text == null ? "" : text;
        int missing = cells - of(value);
        return missing <= 0 ? value : value + " ".repeat(missing);
    }

    /** {@code text} cut to at most {@code cells} cells, ending in "…" when cut. */
    static String truncate(String text, int cells) {
        if (text == null || of(text) <= cells) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > cells - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }
}

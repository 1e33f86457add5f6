package org.esip.line.kit;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * A {@link MessageFormat} pattern parsed once and safe for concurrent use: {@link #format} gives what
 * {@code new MessageFormat(pattern, locale).format(args)} gives. A pattern whose placeholders are all plain
 * ({@code {0}}, no {@code number}/{@code date}/{@code choice} type) is kept as its literal pieces, and arguments that
 * MessageFormat would show by {@code toString()} are put between them; anything else is formatted by a copy of the
 * parsed {@code MessageFormat}. A text of a notice is formatted with every ticket taken, and copying and running a
 * MessageFormat cost about 5% of a create's CPU (issue 16).
 */
public final class TextPattern {
    /** Marks an argument's place while the pattern is cut into pieces; private-use characters no text contains. */
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private final MessageFormat parsed;
    /** The literal pieces: {@code pieces[0]}, argument {@code slots[0]}, {@code pieces[1]}, ...; null if not plain. */
    private final String[] pieces;
    private final int[] slots;
    private final int literalLength;

    private TextPattern(MessageFormat parsed, String[] pieces, int[] slots) {
        this.parsed = parsed;
        this.pieces = pieces;
        this.slots = slots;
        int length = 0;
        if (pieces != null) {
            for (String piece : pieces) {
                length += piece.length();
            }
        }
        this.literalLength = length;
    }

    /** {@code pattern} in MessageFormat's syntax, numbers and dates in it formatted for {@code locale}. */
    public static TextPattern of(String pattern, Locale locale) {
        MessageFormat parsed = new MessageFormat(pattern, locale);
        for (Format f : parsed.getFormatsByArgumentIndex()) {
            if (f != null) {
                return new TextPattern(parsed, null, null);
            }
        }
        int count = parsed.getFormatsByArgumentIndex().length;
        Object[] marks = new Object[count];
        for (int i = 0; i < count; i++) {
            marks[i] = OPEN + Integer.toString(i) + CLOSE;
        }
        String marked = ((MessageFormat) parsed.clone()).format(marks);
        List<String> pieces = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int from = 0;
        for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, from)) {
            int close = marked.indexOf(CLOSE, open);
            pieces.add(marked.substring(from, open));
            slots.add(Integer.parseInt(marked.substring(open + 1, close)));
            from = close + 1;
        }
        pieces.add(marked.substring(from));
        return new TextPattern(parsed, pieces.toArray(new String[0]), slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The text with {@code args} in their places, as {@link MessageFormat#format(Object)} writes it. */
    public String format(Object... args) {
        if (pieces == null || !plain(args)) {
            // a MessageFormat is not safe for concurrent use: formatted on a copy of the parsed pattern
            return ((MessageFormat) parsed.clone()).format(args == null ? new Object[0] : args);
        }
        String[] values = new String[slots.length];
        int length = literalLength;
        for (int i = 0; i < slots.length; i++) {
            values[i] = String.valueOf(args[slots[i]]);
            length += values[i].length();
        }
        StringBuilder text = new StringBuilder(length).append(pieces[0]);
        for (int i = 0; i < slots.length; i++) {
            text.append(values[i]).append(pieces[i + 1]);
        }
        return text.toString();
    }

    /** Whether every argument the pattern shows is one MessageFormat writes by {@code toString()}. */
    private boolean plain(Object[] args) {
        if (args == null) {
            return slots.length == 0;
        }
        for (int slot : slots) {
            if (slot >= args.length || args[slot] instanceof Number || args[slot] instanceof Date) {
                return false;
            }
        }
        return true;
    }
}

package org.esip.core.internal.table;

/**
 * CSV formula injection (OWASP "CSV Injection"): a cell that starts with {@code = + - @}, a tab or a carriage
 * return is run as a formula by spreadsheet programs. Exports put a single quote before such a cell (and before a
 * cell that already looks quoted that way), so the program shows it as text; imports take exactly that quote
 * away again, so an export re-imports unchanged.
 */
final class Formulas {
    private Formulas() {
    }

    /** @return {@code value} as a CSV export writes it */
    static String quote(String value) {
        return value != null && (dangerous(value) || quoted(value)) ? "'" + value : value;
    }

    /** @return the value a CSV cell written by {@link #quote} stands for */
    static String unquote(String value) {
        return value != null && quoted(value) ? value.substring(1) : value;
    }

    private static boolean dangerous(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** A quote before something {@link #quote} would have quoted. */
    private static boolean quoted(String value) {
        String rest = value;
        while (rest.startsWith("'")) {
            rest = rest.substring(1);
            if (dangerous(rest)) {
                return true;
            }
        }
        return false;
    }
}

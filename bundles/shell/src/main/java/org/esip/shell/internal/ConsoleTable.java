package org.esip.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A console table whose columns line up in a terminal even when cells hold Chinese text (widths are
 * counted in terminal cells, see {@link DisplayWidth}), and which prints the same rows as CSV (RFC 4180)
 * for {@code --csv}. Times are shown through {@link ConsoleTimes}.
 */
final class ConsoleTable {
    private static final String SEPARATOR = " │ ";
    private final List<String> headers = new ArrayList<>();
    private final List<Integer> maxWidths = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private boolean headerLines = true;

    ConsoleTable column(String header) {
        return column(header, Integer.MAX_VALUE);
    }

    /** A column whose cells are cut to {@code maxCells} terminal cells in the aligned form (never in CSV). */
    ConsoleTable column(String header, int maxCells) {
        headers.add(header);
        maxWidths.add(maxCells);
        right.add(false);
        return this;
    }

    /** Cuts the last added column's cells to {@code maxCells} terminal cells in the aligned form. */
    ConsoleTable maxSize(int maxCells) {
        maxWidths.set(maxWidths.size() - 1, maxCells);
        return this;
    }

    /** A key/value table: no header line and no rule (the CSV form keeps its empty header). */
    ConsoleTable noHeaders() {
        headerLines = false;
        return this;
    }

    /** Aligns the last added column (numbers) to the right. */
    ConsoleTable alignRight() {
        right.set(right.size() - 1, true);
        return this;
    }

    ConsoleTable row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(ConsoleTimes.cell(cell).replace('\n', ' ').replace('\r', ' '));
        }
        rows.add(row);
        return this;
    }

    int size() {
        return rows.size();
    }

    void print(PrintStream out, boolean csv) {
        out.print(csv ? csv() : aligned());
        out.flush();
    }

    String aligned() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(DisplayWidth.of(headers.get(c)), maxWidths.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], Math.min(DisplayWidth.of(row.get(c)), maxWidths.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        if (headerLines) {
            line(out, headers, widths);
        }
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                rule.append("─┼─");
            }
            rule.append("─".repeat(widths[c]));
        }
        if (headerLines) {
            out.append(rule.toString().stripTrailing()).append(System.lineSeparator());
        }
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                line.append(SEPARATOR);
            }
            String cell = DisplayWidth.truncate(cells.get(c), maxWidths.get(c));
            if (right.get(c)) {
                line.append(" ".repeat(Math.max(0, widths[c] - DisplayWidth.of(cell)))).append(cell);
            } else {
                line.append(c == widths.length - 1 ? cell : DisplayWidth.pad(cell, widths[c]));
            }
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    String csv() {
        StringBuilder out = new StringBuilder();
        csvLine(out, headers);
        for (List<String> row : rows) {
            csvLine(out, row);
        }
        return out.toString();
    }

    private static void csvLine(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(csvField(cells.get(c)));
        }
        out.append("\r\n");
    }

    static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

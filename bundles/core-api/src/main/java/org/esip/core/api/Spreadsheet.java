package org.esip.core.api;

import java.util.List;
import java.util.Map;

/**
 * A spreadsheet's first sheet as text, as {@link SpreadsheetReader} read it: its header names and its data rows
 * (header name to cell text, blank cells left out), each with its row number as a person sees it in the
 * spreadsheet (the header is row 1). Whole numbers have no ".0"; dates are yyyy-MM-dd.
 */
public record Spreadsheet(List<String> headers, List<Row> rows) {
    public Spreadsheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row. */
    public record Row(int number, Map<String, String> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }
    }
}

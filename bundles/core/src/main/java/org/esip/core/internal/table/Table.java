package org.esip.core.internal.table;

import java.util.List;
import java.util.Map;

/**
 * A spreadsheet's first sheet as text: its header names and its data rows (header name to cell text,
 * blank cells left out), each with its row number as a person sees it in the spreadsheet (header = 1).
 */
public record Table(List<String> headers, List<Row> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public record Row(int number, Map<String, String> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }
    }
}

package org.esip.registry.api;

import java.util.List;

import org.esip.core.api.FieldViolation;

/**
 * What an import did, row by row. {@code committed} is true only when every row was accepted and the
 * import was not a dry run; otherwise nothing was stored.
 */
public record ImportReport(boolean committed, boolean dryRun, int total, int created, int updated, int unchanged,
        int rejected, List<Row> rows) {
    public ImportReport {
        rows = List.copyOf(rows);
    }

    /** One data row: its spreadsheet row number (the header is row 1), its key, and what happened. */
    public record Row(int row, String key, Outcome outcome, List<FieldViolation> errors) {
        public Row {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }
}

package org.esip.core.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.TableFormat;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.registry.api.ImportReport;

/**
 * The one way a registry imports a spreadsheet: every row checked by the registry's own rules, a key
 * (e.g. the credit code) repeated within the file rejected, and all rows stored in one transaction, or
 * none when any row is rejected or it is a dry run. The report says what each row did or would do.
 *
 * @param <C> a row after checking
 */
public final class TableImport<C> {
    /** A column: its Chinese header as counties write it, and the field name the API uses. */
    public record Column(String header, String field) {
    }

    /** A checked row with the key that identifies its record. */
    public record Checked<C>(String key, C value) {
    }

    private final List<Column> columns;
    private final List<String> required;

    public TableImport(List<Column> columns, List<String> required) {
        this.columns = List.copyOf(columns);
        this.required = List.copyOf(required);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** The field a header names: the Chinese header (brackets full- or half-width, unit optional) or the field name. */
    public String fieldOf(String header) {
        String h = header.strip().replace('（', '(').replace('）', ')');
        for (Column c : columns) {
            if (c.header().equals(h) || c.field().equalsIgnoreCase(h) || c.header().replaceAll("\\(.*\\)$", "").equals(h)) {
                return c.field();
            }
        }
        return null;
    }

    /** Thrown inside the transaction to roll it back while keeping the report. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        RolledBack(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /**
     * @param check checks one row's cells (field name to text) into {@code Violations}; returns its key and value
     * @param store stores one accepted row inside the transaction and says whether it was created, updated or unchanged
     */
    public ImportReport run(Jpa jpa, byte[] content, TableFormat format, boolean dryRun,
            BiFunction<Map<String, String>, Violations, Checked<C>> check,
            BiFunction<EntityManager, C, ImportReport.Outcome> store) {
        Table table = Tables.read(content, format);
        Map<String, String> fieldOfHeader = new HashMap<>();
        for (String header : table.headers()) {
            String field = fieldOf(header);
            if (field != null) {
                fieldOfHeader.put(header, field);
            }
        }
        Violations missing = new Violations();
        for (String field : required) {
            if (!fieldOfHeader.containsValue(field)) {
                String header = columns.stream().filter(c -> c.field().equals(field)).map(Column::header).findFirst()
                        .orElse(field);
                missing.add("file", "file.missing-column", header + " (" + field + ")");
            }
        }
        missing.throwIfAny();
        List<ImportReport.Row> rows = new ArrayList<>();
        List<C> accepted = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Row row : table.rows()) {
            Map<String, String> cells = new HashMap<>();
            row.cells().forEach((header, value) -> {
                String field = fieldOfHeader.get(header);
                if (field != null) {
                    cells.put(field, value);
                }
            });
            Violations v = new Violations();
            Checked<C> c = check.apply(cells, v);
            Integer first = c.key() == null ? null : seen.putIfAbsent(c.key(), row.number());
            if (first != null) {
                v.add(keyField(), "import.duplicate-in-file", first);
            }
            if (v.list().isEmpty()) {
                accepted.add(c.value());
                rows.add(new ImportReport.Row(row.number(), c.key(), null, List.of()));
            } else {
                rows.add(new ImportReport.Row(row.number(), c.key(), ImportReport.Outcome.REJECTED, v.list()));
            }
        }
        try {
            return jpa.inTransaction(em -> {
                int next = 0;
                for (int i = 0; i < rows.size(); i++) {
                    ImportReport.Row r = rows.get(i);
                    if (r.outcome() == null) {
                        rows.set(i, new ImportReport.Row(r.row(), r.key(), store.apply(em, accepted.get(next++)),
                                List.<FieldViolation>of()));
                    }
                }
                ImportReport report = report(rows, dryRun);
                if (!report.committed()) {
                    throw new RolledBack(report);
                }
                return report;
            });
        } catch (RolledBack rolledBack) {
            return rolledBack.report;
        }
    }

    private String keyField() {
        return required.get(0);
    }

    private static ImportReport report(List<ImportReport.Row> rows, boolean dryRun) {
        int[] n = new int[4];
        for (ImportReport.Row r : rows) {
            n[r.outcome().ordinal()]++;
        }
        int rejected = n[ImportReport.Outcome.REJECTED.ordinal()];
        return new ImportReport(rejected == 0 && !dryRun, dryRun, rows.size(), n[0], n[1], n[2], rejected, rows);
    }

    /** Writes rows in this layout, so that an export re-imports unchanged. */
    public <T> byte[] export(TableFormat format, List<T> records, Function<T, List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        records.forEach(r -> rows.add(row.apply(r)));
        return Tables.write(format, headers(), rows);
    }
}

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
import org.esip.registry.api.ImportProgress;
import org.esip.registry.api.ImportReport;

/**
 * The one way a registry imports a spreadsheet: every row checked by the registry's own rules, a key
 * (e.g. the credit code) repeated within the file rejected, and all rows stored in one transaction, or
 * none when any row is rejected or it is a dry run. The report says what each row did or would do. Rows are
 * stored a chunk at a time (one look-up of a chunk's keys, one flush), so an import's cost grows with its
 * rows, not with their square; a listener is told how far it is.
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

    /** Stores accepted rows inside the import's transaction, a chunk at a time. */
    @FunctionalInterface
    public interface Store<C> {
        /**
         * Stores {@code chunk} (look up the records of all its keys with one query, flush once) and says, in the
         * same order, whether each row was created, updated or unchanged. The entity manager is flushed and
         * cleared after each chunk, so nothing read here stays managed into the next one.
         */
        List<ImportReport.Outcome> store(EntityManager em, List<C> chunk);
    }

    /** Rows stored between two flushes, and rows checked between two progress reports. */
    public static final int CHUNK = 500;

    /**
     * @param check    checks one row's cells (field name to text) into {@code Violations}; returns its key and value
     * @param store    stores accepted rows inside the transaction, a chunk at a time
     * @param listener told how far the import is, after each chunk and at each phase
     */
    public ImportReport run(Jpa jpa, byte[] content, TableFormat format, boolean dryRun,
            BiFunction<Map<String, String>, Violations, Checked<C>> check, Store<C> store,
            ImportProgress.Listener listener) {
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
        int total = table.rows().size();
        listener.progress(new ImportProgress(ImportProgress.Phase.CHECKING, total, 0, 0));
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
            if (rows.size() % CHUNK == 0 && rows.size() < total) {
                listener.progress(new ImportProgress(ImportProgress.Phase.CHECKING, total, rows.size(), 0));
            }
        }
        listener.progress(new ImportProgress(ImportProgress.Phase.STORING, total, total, 0));
        int[] stored = {0};
        try {
            return jpa.inTransaction(em -> {
                // inserts, and look-ups by key (a chunk's codes on their unique index): one plan each for the import
                Jpa.reusePlans(em);
                List<ImportReport.Outcome> outcomes = new ArrayList<>(accepted.size());
                for (int from = 0; from < accepted.size(); from += CHUNK) {
                    List<C> chunk = accepted.subList(from, Math.min(accepted.size(), from + CHUNK));
                    List<ImportReport.Outcome> done = store.store(em, chunk);
                    if (done.size() != chunk.size()) {
                        throw new IllegalStateException("a store answered " + done.size() + " outcomes for "
                                + chunk.size() + " rows");
                    }
                    em.flush();
                    em.clear();
                    outcomes.addAll(done);
                    stored[0] = outcomes.size();
                    listener.progress(new ImportProgress(ImportProgress.Phase.STORING, total, total,
                            outcomes.size()));
                }
                int next = 0;
                for (int i = 0; i < rows.size(); i++) {
                    ImportReport.Row r = rows.get(i);
                    if (r.outcome() == null) {
                        rows.set(i, new ImportReport.Row(r.row(), r.key(), outcomes.get(next++),
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
        } finally {
            listener.progress(new ImportProgress(ImportProgress.Phase.DONE, total, total, stored[0]));
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

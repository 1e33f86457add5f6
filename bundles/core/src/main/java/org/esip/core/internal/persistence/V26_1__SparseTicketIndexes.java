package org.esip.core.internal.persistence;

/**
 * Migration 26.1: on PostgreSQL the ticket indexes over columns a new ticket leaves empty (the stage deadlines after
 * acceptance, the complaint's target, the category, a pending request, the assignee) hold only the tickets that have
 * a value, so that creating a ticket writes 11 index entries instead of 19 (issue 16: the ticket insert was the
 * largest part of PostgreSQL's work per create). Every query that uses them compares the column with {@code =},
 * {@code <} or {@code IN}, which implies it is not null, so each still finds its index; none asks for the empty ones.
 * Derby has no partial indexes and keeps the full ones (migration 24). When an index cannot be replaced the
 * migration logs a warning and the full indexes stay.
 */
public final class V26_1__SparseTicketIndexes extends OptionalPostgreSQLIndexes {
    /** Index name, its columns, the column whose value it needs. */
    private static final String[][] SPARSE = {
        {"IX_TICKET_RESOLVE_DUE", "RESOLVE_DUE", "RESOLVE_DUE"},
        {"IX_TICKET_OFFER_DUE", "OFFER_DUE", "OFFER_DUE"},
        {"IX_TICKET_HANDLER_DUE", "HANDLER_DUE", "HANDLER_DUE"},
        {"IX_TICKET_CORRECTION_DUE", "CORRECTION_DUE", "CORRECTION_DUE"},
        {"IX_TICKET_TARGET", "TARGET_KIND, TARGET_ID", "TARGET_KIND"},
        {"IX_TICKET_CATEGORY", "CATEGORY", "CATEGORY"},
        {"IX_TICKET_REQUEST_KIND", "REQUEST_KIND", "REQUEST_KIND"},
        {"IX_TICKET_ASSIGNEE_CREATED", "ASSIGNEE_KIND, ASSIGNEE_ID, CREATED_AT, ID", "ASSIGNEE_KIND"},
    };

    @Override
    String[] statements() {
        String[] sql = new String[SPARSE.length * 2];
        for (int i = 0; i < SPARSE.length; i++) {
            String[] index = SPARSE[i];
            sql[2 * i] = "DROP INDEX IF EXISTS " + index[0];
            sql[2 * i + 1] = "CREATE INDEX " + index[0] + " ON TICKET (" + index[1] + ") WHERE " + index[2] + " IS NOT NULL";
        }
        return sql;
    }

    @Override
    String without() {
        return "creating a ticket writes every index entry, as on Derby";
    }
}

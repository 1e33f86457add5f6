package org.esip.core.internal.persistence;

/**
 * Migration 27.1: on PostgreSQL a notice is indexed only by the recipient it has (an enterprise's notice has no
 * account, an account's notice no enterprise), and the ticket's own index of its enterprise goes, because the index of
 * an enterprise's tickets in order (migration 24, {@code IX_TICKET_ENTERPRISE_CREATED}) begins with the same column and
 * serves every look-up by enterprise. A new ticket, whose enterprise is told in the same round trip, so writes two
 * index entries fewer (issue 16). An inbox is read by {@code ENTERPRISE_ID = ?} or {@code USERNAME = ?}, which implies
 * the column is not null, so each still finds its index with any plan. Derby has no partial indexes, and there the
 * ticket's enterprise index is its foreign key's own (migration 24): both stay. When an index cannot be replaced the
 * migration logs a warning and the previous indexes stay.
 */
public final class V27_1__SparseNoticeIndexes extends OptionalPostgreSQLIndexes {
    @Override
    String[] statements() {
        return new String[] {
            "DROP INDEX IF EXISTS IX_NOTIFICATION_ENTERPRISE",
            "CREATE INDEX IX_NOTIFICATION_ENTERPRISE ON NOTIFICATION (ENTERPRISE_ID) WHERE ENTERPRISE_ID IS NOT NULL",
            "DROP INDEX IF EXISTS IX_NOTIFICATION_USERNAME",
            "CREATE INDEX IX_NOTIFICATION_USERNAME ON NOTIFICATION (USERNAME) WHERE USERNAME IS NOT NULL",
            "DROP INDEX IF EXISTS IX_TICKET_ENTERPRISE",
        };
    }

    @Override
    String without() {
        return "a notice writes an entry in both recipient indexes and a ticket one in each enterprise index, as on Derby";
    }
}

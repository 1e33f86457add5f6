package org.esip.backup.api;

/**
 * How far a backup is: the table being written ({@code index} of {@code tables}, from 1), its rows so far and the
 * compressed bytes written for it so far; {@code done} once the table is complete.
 */
public record BackupProgress(String table, int index, int tables, long rows, long bytes, boolean done) {
    /** Told of a backup's progress, on the thread that takes it: after each table and every 100 000 rows. */
    @FunctionalInterface
    public interface Listener {
        /** A listener that ignores everything. */
        Listener NONE = p -> {
        };

        void progress(BackupProgress progress);
    }
}

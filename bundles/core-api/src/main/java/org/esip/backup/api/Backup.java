package org.esip.backup.api;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One complete backup, as its manifest describes it.
 *
 * @param name            the folder's name, {@code esip-backup-yyyyMMdd-HHmmss} (Asia/Shanghai time)
 * @param folder          the folder's absolute path
 * @param takenAt         when the database snapshot was taken
 * @param schemaVersion   the database schema version (Flyway) of the backup; a restore needs the same
 * @param databaseProduct the database it was taken from, e.g. "Apache Derby" or "PostgreSQL"
 * @param rowCounts       rows per table, in table-name order
 * @param contentFiles    files copied from the content store
 * @param contentBytes    their total size
 */
public record Backup(String name, String folder, Instant takenAt, String schemaVersion, String databaseProduct,
        Map<String, Long> rowCounts, long contentFiles, long contentBytes) {
    public Backup {
        rowCounts = Collections.unmodifiableSortedMap(new TreeMap<>(rowCounts));
    }
}

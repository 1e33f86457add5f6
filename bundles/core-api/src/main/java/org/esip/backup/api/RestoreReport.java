package org.esip.backup.api;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a restore did.
 *
 * @param folder           the backup restored
 * @param backupTakenAt    when that backup was taken
 * @param schemaVersion    its schema version (the same as this platform's)
 * @param rowCounts        rows restored per table, in table-name order
 * @param replacedRows     rows that were in the database before and were replaced
 * @param contentFiles     content files in the backup
 * @param contentBytes     their total size
 * @param contentWritten   content files written to the content store (the others were there already)
 * @param restoredAt       when the restore finished
 * @param warnings         what the administrator should know, in Chinese with English beside it
 */
public record RestoreReport(String folder, Instant backupTakenAt, String schemaVersion, Map<String, Long> rowCounts,
        long replacedRows, long contentFiles, long contentBytes, long contentWritten, Instant restoredAt,
        List<String> warnings) {
    public RestoreReport {
        rowCounts = Collections.unmodifiableSortedMap(new TreeMap<>(rowCounts));
        warnings = List.copyOf(warnings);
    }
}

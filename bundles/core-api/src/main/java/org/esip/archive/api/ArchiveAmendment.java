package org.esip.archive.api;

import java.time.Instant;

/**
 * An entry appended to a sealed file: a correction (AMENDMENT) or a revisit (REVISIT), chained like a file.
 */
public record ArchiveAmendment(long id, long fileId, Kind kind, Instant at, String actor, String text,
        String contentHash, String previousHash, String entryHash) {

    public enum Kind {
        /** 更正 */
        AMENDMENT,
        /** 回访 */
        REVISIT
    }
}

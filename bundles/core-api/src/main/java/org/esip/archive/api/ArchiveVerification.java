package org.esip.archive.api;

import java.util.List;

/**
 * What a walk over the whole archive found: every entry's content against its hash, every link of the
 * chain, every attachment in the content store against its SHA-256.
 *
 * @param intact true when nothing was found
 */
public record ArchiveVerification(long entries, long attachments, boolean intact, List<Finding> findings) {
    public ArchiveVerification {
        findings = List.copyOf(findings);
    }

    /**
     * One broken thing.
     *
     * @param entryId  the archive entry where it was found
     * @param ticketId the ticket whose file it is
     */
    public record Finding(long entryId, long ticketId, String messageZh, String messageEn) {
    }
}

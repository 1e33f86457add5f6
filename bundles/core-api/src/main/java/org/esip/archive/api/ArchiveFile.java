package org.esip.archive.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The sealed archive file of one closed ticket (clause 6.4.1). Its content cannot change; corrections and
 * revisits are appended as amendments. Every entry carries the SHA-256 of its content and the hash of the
 * entry before it, so any change to a stored entry breaks the chain and {@link ArchiveService#verify()}
 * finds it.
 *
 * @param content      the file itself, a JSON document: the application, the agreement (agreed scope and
 *                     period), the result, who served it, the fees, the evaluation, the timeline and the
 *                     attachments with their SHA-256; {@code null} once purged
 * @param contentHash  SHA-256 of {@code content}, hex
 * @param previousHash the entry hash of the entry sealed before this one (64 zeros for the first)
 * @param entryHash    SHA-256 over previousHash and contentHash: what the next entry points to
 * @param retainUntil  it may not be purged before this day (clause 6.4.4)
 * @param purgedAt     when its content was purged after its retention; its hashes stay in the chain
 */
public record ArchiveFile(long id, long ticketId, long enterpriseId, Instant sealedAt, String sealedBy,
        String content, String contentHash, String previousHash, String entryHash, LocalDate retainUntil,
        Instant purgedAt, List<ArchiveAmendment> amendments) {
    public ArchiveFile {
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }
}

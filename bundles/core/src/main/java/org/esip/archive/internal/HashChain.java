package org.esip.archive.internal;

import java.nio.charset.StandardCharsets;

import org.esip.core.internal.content.ContentStore;

/**
 * The one place where the archive's hashes are computed (clause 6.4.1): an entry's content hash is the
 * SHA-256 of its UTF-8 content; its entry hash is the SHA-256 of the previous entry's hash and its own
 * content hash, so changing, removing or reordering any stored entry breaks every link after it.
 */
public final class HashChain {
    /** What the first entry points back to. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String contentHash(String content) {
        return ContentStore.sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    public static String entryHash(String previousHash, String contentHash) {
        return ContentStore.sha256((previousHash + ":" + contentHash).getBytes(StandardCharsets.US_ASCII));
    }

    /** What verification needs of one entry. */
    public record Link(long id, long ticketId, String content, boolean purged, String contentHash,
            String previousHash, String entryHash) {
    }

    /** Checks entries in chain order, continuing from {@code expectedPrevious}; calls {@code broken} per finding. */
    public static String check(Iterable<Link> entries, String expectedPrevious, Findings broken) {
        String previous = expectedPrevious;
        for (Link e : entries) {
            if (!e.purged() && (e.content() == null || !contentHash(e.content()).equals(e.contentHash()))) {
                broken.found(e, "archive.verify.content");
            }
            if (!previous.equals(e.previousHash())) {
                broken.found(e, "archive.verify.link");
            }
            if (!entryHash(e.previousHash(), e.contentHash()).equals(e.entryHash())) {
                broken.found(e, "archive.verify.entry");
            }
            previous = e.entryHash();
        }
        return previous;
    }

    /** Receives what verification finds: the entry and a message key. */
    @FunctionalInterface
    public interface Findings {
        void found(Link entry, String messageKey);
    }
}

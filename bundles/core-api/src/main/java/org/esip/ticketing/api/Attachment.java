package org.esip.ticketing.api;

import java.time.Instant;

/**
 * A file uploaded to a ticket (an application, a contract, a report …), kept in the content store by its
 * SHA-256 and carried into the ticket's archive file (clause 6.4.1).
 */
public record Attachment(long id, long ticketId, String fileName, String contentType, long size, String sha256,
        String uploadedBy, Instant uploadedAt) {
}

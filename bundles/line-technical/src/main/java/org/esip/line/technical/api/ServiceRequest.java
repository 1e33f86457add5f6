package org.esip.line.technical.api;

import java.time.Instant;

/**
 * A booking of an offer or a consultation with an expert, and the ticket it became ({@code ticketId} is
 * {@code null} only in the moment between storing the request and submitting its ticket, or until the line
 * reconciles it).
 */
public record ServiceRequest(long id, RequestKind kind, Long offerId, Long expertId, Long organisationId,
        long enterpriseId, String title, String note, String requestedBy, Long ticketId, Instant createdAt) {
}

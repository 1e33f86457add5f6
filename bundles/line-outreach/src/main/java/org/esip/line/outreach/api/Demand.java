package org.esip.line.outreach.api;

/**
 * A demand collected on a visit (clause 5.4.1.1 a, channel {@code VISIT}); {@code ticketId} names its ticket of the
 * closed loop once submitted ({@code null} until then: the line submits it again at its next start).
 */
public record Demand(long id, long visitId, long campaignId, long enterpriseId, Long servicePointId, String title,
        String description, Long ticketId) {
}

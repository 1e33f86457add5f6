package org.esip.ticketing.api;

import java.time.Instant;

/** One demand of one enterprise (clause 5.1.1). */
public record Ticket(long id, long enterpriseId, TicketKind kind, Channel channel, String title,
        String description, TicketStatus status, Instant createdAt) {
}

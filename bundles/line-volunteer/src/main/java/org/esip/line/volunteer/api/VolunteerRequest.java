package org.esip.line.volunteer.api;

import java.time.Instant;

/** An enterprise's request for volunteer help and the ticket (category {@code volunteer.request}) that carries it. */
public record VolunteerRequest(long id, long enterpriseId, String topic, String description, String skills,
        Long ticketId, String createdBy, Instant createdAt) {
}

package org.esip.line.training.api;

import java.time.Instant;
import java.time.LocalDate;

/** An enterprise's request for training at its premises (送培训进企业), handled as a ticket {@code training.request}. */
public record TrainingRequest(long id, long enterpriseId, TrainingTopic topic, String detail, LocalDate preferredDate,
        Integer expectedAttendees, Long ticketId, Instant createdAt) {
}

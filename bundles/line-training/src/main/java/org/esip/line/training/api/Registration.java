package org.esip.line.training.api;

import java.time.Instant;

/**
 * One attendee registered by an enterprise for a session.
 *
 * @param waitingPosition 1 for the first on the waiting list; {@code null} unless waiting
 * @param checkInMethod   {@code CODE}, {@code STAFF} or {@code IMPORT}; {@code null} until checked in
 */
public record Registration(long id, long sessionId, long enterpriseId, String attendeeName, String attendeePhone,
        RegistrationStatus status, Integer waitingPosition, Instant registeredAt, Instant checkedInAt,
        String checkInMethod, Instant remindedAt, long version) {
}

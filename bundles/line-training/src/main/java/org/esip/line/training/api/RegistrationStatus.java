package org.esip.line.training.api;

/** One attendee's place: confirmed, on the waiting list (moves up, oldest first), or cancelled. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}

package org.esip.line.volunteer.api;

/** Where a sign-up stands: waiting for the organiser, confirmed, or rejected (its place is free again). */
public enum SignUpStatus {
    PENDING, CONFIRMED, REJECTED
}

package org.esip.line.training.internal;

import java.time.Duration;
import java.time.Instant;

/** Check-in is open from an hour before a session starts until it ends (clause 5.2.3.3). */
final class CheckInWindow {
    static final Duration OPENS_BEFORE = Duration.ofHours(1);

    private CheckInWindow() {
    }

    static Instant opensAt(Instant startsAt) {
        return startsAt.minus(OPENS_BEFORE);
    }

    static boolean isOpen(Instant startsAt, Instant endsAt, Instant now) {
        return !now.isBefore(opensAt(startsAt)) && !now.isAfter(endsAt);
    }
}

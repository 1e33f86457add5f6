package org.esip.line.technical.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/** The booking calendar's rules: half-open intervals {@code [start, end)}, whole quarter hours, at most a week. */
final class SlotRules {
    /** The longest single booking. */
    static final Duration LONGEST = Duration.ofDays(7);

    private SlotRules() {
    }

    /** Whether {@code [aStart, aEnd)} and {@code [bStart, bEnd)} share any moment (touching ends do not). */
    static boolean overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    /** The hours between two instants, two decimals. */
    static BigDecimal hours(Instant start, Instant end) {
        return BigDecimal.valueOf(Duration.between(start, end).toMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP);
    }

    /** Whether a booking of this length is allowed: positive and at most {@link #LONGEST}. */
    static boolean lengthAllowed(Instant start, Instant end) {
        Duration d = Duration.between(start, end);
        return !d.isNegative() && !d.isZero() && d.compareTo(LONGEST) <= 0;
    }
}

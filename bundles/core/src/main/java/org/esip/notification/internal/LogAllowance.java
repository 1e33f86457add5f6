package org.esip.notification.internal;

import java.time.Duration;

/**
 * How many lines of one kind a log is given per period: the first {@code perPeriod} of each period are written one
 * by one, the rest only counted, and the count of those left out is handed to the first line of a later period, which
 * says how many there were. So a handful of messages is seen as it happens, and a flood costs one line a period.
 * Safe for several threads.
 */
final class LogAllowance {
    /** Whether to write this line, and how many of the period before were left out (0 if none). */
    record Turn(boolean write, long leftOut) {
    }

    private final int perPeriod;
    private final long periodNanos;
    private long periodStart;
    private boolean started;
    private int written;
    private long leftOut;

    LogAllowance(int perPeriod, Duration period) {
        if (perPeriod < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a log allowance needs at least one line in a positive period");
        }
        this.perPeriod = perPeriod;
        this.periodNanos = period.toNanos();
    }

    /** The turn of a line at {@code nanoTime} (a {@link System#nanoTime()} reading). */
    synchronized Turn next(long nanoTime) {
        long before = 0;
        if (!started || nanoTime - periodStart >= periodNanos) {
            before = leftOut;
            started = true;
            periodStart = nanoTime;
            written = 0;
            leftOut = 0;
        }
        if (written < perPeriod) {
            written++;
            return new Turn(true, before);
        }
        leftOut++;
        return new Turn(false, before);
    }

    /** The lines of the current period left out so far, and forgets them (for a last line when the writer stops). */
    synchronized long drain() {
        long n = leftOut;
        leftOut = 0;
        return n;
    }
}

package org.esip.line.policy.api;

import java.math.BigDecimal;

/**
 * A closed range of amounts; either end may be open ({@code null}).
 *
 * @param min the least amount that qualifies, {@code null} for no lower bound
 * @param max the greatest amount that qualifies, {@code null} for no upper bound
 */
public record DecimalRange(BigDecimal min, BigDecimal max) {
    public DecimalRange {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range " + min + "–" + max + " is empty");
        }
    }

    /** At least {@code min}. */
    public static DecimalRange atLeast(String min) {
        return new DecimalRange(new BigDecimal(min), null);
    }

    /** At most {@code max}. */
    public static DecimalRange atMost(String max) {
        return new DecimalRange(null, new BigDecimal(max));
    }

    /** Whether this range sets no bound at all (no condition). */
    public boolean unbounded() {
        return min == null && max == null;
    }

    /** Whether {@code value} lies in the range (compared by value: 50 and 50.00 are equal). */
    public boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }
}

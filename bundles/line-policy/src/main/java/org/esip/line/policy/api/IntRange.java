package org.esip.line.policy.api;

/**
 * A closed range of whole numbers; either end may be open ({@code null}).
 *
 * @param min the least value that qualifies, {@code null} for no lower bound
 * @param max the greatest value that qualifies, {@code null} for no upper bound
 */
public record IntRange(Integer min, Integer max) {
    public IntRange {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("range " + min + "–" + max + " is empty");
        }
    }

    /** At least {@code min}. */
    public static IntRange atLeast(int min) {
        return new IntRange(min, null);
    }

    /** At most {@code max}. */
    public static IntRange atMost(int max) {
        return new IntRange(null, max);
    }

    /** Whether this range sets no bound at all (no condition). */
    public boolean unbounded() {
        return min == null && max == null;
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(int value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}

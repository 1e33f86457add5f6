package org.esip.line.policy.rules;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Fixed buckets over a numeric attribute: bucket 0 is below {@code starts[0]}, bucket {@code i} is
 * {@code [starts[i-1], starts[i])}, the last is from the last start up. A range condition covers some buckets
 * (every value in them qualifies) and touches others (some may); values in touched but not covered buckets are
 * checked exactly.
 */
final class Buckets {
    private final long[] starts;
    private final BigDecimal[] decimalStarts;

    Buckets(long... starts) {
        this.starts = starts.clone();
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] <= starts[i - 1]) {
                throw new IllegalArgumentException("bucket starts must increase");
            }
        }
        this.decimalStarts = Arrays.stream(starts).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new);
    }

    static Buckets everyOneUpTo(int last, long... more) {
        long[] s = new long[last + 1 + more.length];
        for (int i = 0; i <= last; i++) {
            s[i] = i;
        }
        System.arraycopy(more, 0, s, last + 1, more.length);
        return new Buckets(s);
    }

    int count() {
        return starts.length + 1;
    }

    int of(long value) {
        int i = Arrays.binarySearch(starts, value);
        return i >= 0 ? i + 1 : -i - 1;
    }

    int of(BigDecimal value) {
        int lo = 0;
        int hi = decimalStarts.length;
        while (lo < hi) { // number of starts <= value
            int mid = (lo + hi) >>> 1;
            if (decimalStarts[mid].compareTo(value) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean last(int b) {
        return b == starts.length;
    }

    /** Whether every whole number of bucket {@code b} lies in {@code [min, max]} (either may be open). */
    boolean covers(int b, Integer min, Integer max) {
        return (min == null || b > 0 && min <= starts[b - 1]) && (max == null || !last(b) && max >= starts[b] - 1);
    }

    /** Whether some whole number of bucket {@code b} lies in {@code [min, max]}. */
    boolean touches(int b, Integer min, Integer max) {
        return (min == null || last(b) || min <= starts[b] - 1) && (max == null || b == 0 || max >= starts[b - 1]);
    }

    /** Whether every amount of bucket {@code b} lies in {@code [min, max]}. */
    boolean covers(int b, BigDecimal min, BigDecimal max) {
        return (min == null || b > 0 && min.compareTo(decimalStarts[b - 1]) <= 0)
                && (max == null || !last(b) && max.compareTo(decimalStarts[b]) >= 0);
    }

    /** Whether some amount of bucket {@code b} lies in {@code [min, max]}. */
    boolean touches(int b, BigDecimal min, BigDecimal max) {
        return (min == null || last(b) || min.compareTo(decimalStarts[b]) < 0)
                && (max == null || b == 0 || max.compareTo(decimalStarts[b - 1]) >= 0);
    }
}

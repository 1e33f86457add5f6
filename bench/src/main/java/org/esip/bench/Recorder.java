package org.esip.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The latencies (nanoseconds) of the requests that succeeded and the count of those that did not, by cause
 * (an HTTP status other than 2xx, or the exception's class). Thread-safe; every value is kept (a 20 s run at
 * 2,000 req/s is 40,000 longs), so percentiles are exact.
 */
final class Recorder {
    private long[] latencies = new long[4096];
    private int size;
    private final Map<String, Long> errors = new TreeMap<>();
    private long errorCount;

    synchronized void ok(long nanos) {
        if (size == latencies.length) {
            latencies = Arrays.copyOf(latencies, size * 2);
        }
        latencies[size++] = nanos;
    }

    synchronized void error(String cause) {
        errors.merge(cause, 1L, Long::sum);
        errorCount++;
    }

    /** Adds everything {@code other} holds (a finished window) to this one. */
    synchronized void addAll(Recorder other) {
        synchronized (other) {
            if (size + other.size > latencies.length) {
                latencies = Arrays.copyOf(latencies, Math.max(latencies.length * 2, size + other.size));
            }
            System.arraycopy(other.latencies, 0, latencies, size, other.size);
            size += other.size;
            other.errors.forEach((cause, n) -> errors.merge(cause, n, Long::sum));
            errorCount += other.errorCount;
        }
    }

    synchronized Report report(String label, double seconds) {
        long[] sorted = Arrays.copyOf(latencies, size);
        Arrays.sort(sorted);
        return new Report(label, seconds, size, errorCount, new TreeMap<>(errors), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), size == 0 ? 0 : sorted[size - 1] / 1e6);
    }

    /** The nearest-rank percentile in milliseconds; 0 when nothing succeeded. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}

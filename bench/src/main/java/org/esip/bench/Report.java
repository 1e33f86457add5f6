package org.esip.bench;

import java.util.Locale;
import java.util.Map;

/**
 * One run's figures: successful requests per second over the measured window, latency percentiles of the
 * successful requests in milliseconds (from the intended send time in the open loop), and the errors.
 */
public record Report(String label, double seconds, long ok, long errors, Map<String, Long> errorCauses,
        double p50, double p95, double p99, double max) {

    public double throughput() {
        return seconds <= 0 ? 0 : ok / seconds;
    }

    /** One line for people. */
    public String human() {
        return String.format(Locale.ROOT, "%-40s %8.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms"
                + "  ok %d  errors %d%s", label, throughput(), p50, p95, p99, max, ok, errors,
                errorCauses.isEmpty() ? "" : " " + errorCauses);
    }

    /** One line for scripts: {@code RESULT label=… rps=… p50=… p95=… p99=… max=… ok=… errors=…}. */
    public String machine() {
        return String.format(Locale.ROOT, "RESULT label=%s rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f ok=%d errors=%d",
                label.replace(' ', '_'), throughput(), p50, p95, p99, max, ok, errors);
    }
}

package org.esip.bench;

import static org.junit.Assert.assertEquals;

import java.time.Duration;

import org.junit.Test;

public class RecorderTest {
    @Test
    public void percentilesAreNearestRankInMilliseconds() {
        Recorder r = new Recorder();
        for (int ms = 100; ms >= 1; ms--) {
            r.ok(ms * 1_000_000L);
        }
        r.error("HTTP 503");
        r.error("HTTP 503");
        Report report = r.report("t", 2.0);
        assertEquals(50.0, report.p50(), 0.0);
        assertEquals(95.0, report.p95(), 0.0);
        assertEquals(99.0, report.p99(), 0.0);
        assertEquals(100.0, report.max(), 0.0);
        assertEquals(50.0, report.throughput(), 0.0);
        assertEquals(2, report.errors());
        assertEquals(Long.valueOf(2), report.errorCauses().get("HTTP 503"));
    }

    @Test
    public void nothingAnsweredIsZeroesNotAFailure() {
        Report report = new Recorder().report("t", 1.0);
        assertEquals(0.0, report.p99(), 0.0);
        assertEquals(0.0, report.throughput(), 0.0);
    }

    @Test
    public void durationsAndJson() {
        assertEquals(Duration.ofMillis(1500), Args.parseDuration("1.5s"));
        assertEquals(Duration.ofMillis(250), Args.parseDuration("250ms"));
        assertEquals(Duration.ofSeconds(120), Args.parseDuration("2m"));
        assertEquals(Duration.ofSeconds(7), Args.parseDuration("7"));
        String json = "{\"id\":12,\"title\":\"a \\\"q\\\" \\u4e2d\"}";
        assertEquals(Long.valueOf(12), Json.number(json, "id"));
        assertEquals("a \"q\" 中", Json.string(json, "title"));
        assertEquals("x\\\"y", Json.escape("x\"y"));
    }
}

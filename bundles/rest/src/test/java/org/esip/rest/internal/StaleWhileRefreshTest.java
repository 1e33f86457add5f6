package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

public class StaleWhileRefreshTest {
    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-04T06:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();
    private final Queue<Runnable> refreshes = new ArrayDeque<>();
    private final StaleWhileRefresh<String, Integer> cache = new StaleWhileRefresh<>(v -> v > 0,
            Duration.ofSeconds(30), 2, refreshes::add, clock);
    private final AtomicInteger computations = new AtomicInteger();

    /** A computation that takes {@code seconds} and answers how many were made (negated when not worth keeping). */
    private Integer taking(double seconds) {
        clock.now = clock.now.plusMillis((long) (seconds * 1000));
        return seconds < 0.5 ? -computations.incrementAndGet() : computations.incrementAndGet();
    }

    @Test
    public void smallFiguresAreComputedForEveryReader() {
        assertEquals(-1, (int) cache.get("all", at -> taking(0.1)).value());
        assertEquals(-2, (int) cache.get("all", at -> taking(0.1)).value());
        assertEquals(0, refreshes.size());
    }

    @Test
    public void largeFiguresAreShownWithTheirTimeAndRefreshedOnceWhenOld() {
        Instant first = clock.now;
        StaleWhileRefresh.Timed<Integer> v = cache.get("all", at -> taking(6));
        assertEquals(1, (int) v.value());
        assertEquals(first, v.asOf());
        clock.now = clock.now.plusSeconds(20);
        assertEquals(1, (int) cache.get("all", at -> taking(6)).value());
        assertEquals(0, refreshes.size());

        clock.now = clock.now.plusSeconds(20);
        // older than 30 s: the readers get the old figures at once, and one refresh is started
        assertEquals(first, cache.get("all", at -> taking(6)).asOf());
        assertEquals(first, cache.get("all", at -> taking(6)).asOf());
        assertEquals(1, refreshes.size());
        Instant second = clock.now;
        refreshes.poll().run();
        v = cache.get("all", at -> taking(6));
        assertEquals(2, (int) v.value());
        assertEquals(second, v.asOf());
        assertEquals(0, refreshes.size());
    }

    @Test
    public void theLeastRecentlyReadAreDropped() {
        cache.get("a", at -> taking(1));
        cache.get("b", at -> taking(1));
        cache.get("a", at -> taking(1));
        cache.get("c", at -> taking(1));
        assertEquals(3, computations.get());
        cache.get("a", at -> taking(1));
        assertEquals(3, computations.get());
        cache.get("b", at -> taking(1));
        assertEquals(4, computations.get());
    }

    @Test
    public void aFailureIsNotKept() {
        assertThrows(IllegalStateException.class, () -> cache.get("all", at -> {
            throw new IllegalStateException("database away");
        }));
        assertEquals(1, (int) cache.get("all", at -> taking(1)).value());
    }

    @Test
    public void aFailedRefreshKeepsTheOldFigures() {
        cache.get("all", at -> taking(1));
        clock.now = clock.now.plusSeconds(60);
        cache.get("all", at -> {
            throw new IllegalStateException("database away");
        });
        refreshes.poll().run();
        assertEquals(1, (int) cache.get("all", at -> taking(1)).value());
        // and the next reader tries again
        refreshes.poll().run();
        assertEquals(2, (int) cache.get("all", at -> taking(1)).value());
    }
}

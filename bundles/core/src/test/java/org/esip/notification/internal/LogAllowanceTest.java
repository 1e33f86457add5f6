package org.esip.notification.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

/** The logging SMS gateway's allowance of lines (issue 16: one line per SMS was a flood under load). */
public class LogAllowanceTest {
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    @Test
    public void theFirstLinesOfAPeriodAreWrittenAndTheRestCountedForTheNextPeriodsFirstLine() {
        LogAllowance allowance = new LogAllowance(3, Duration.ofMinutes(1));
        long t0 = -5_000_000_000L; // nanoTime may be negative
        for (int i = 0; i < 3; i++) {
            LogAllowance.Turn turn = allowance.next(t0 + i);
            assertTrue("line " + i, turn.write());
            assertEquals(0, turn.leftOut());
        }
        for (int i = 3; i < 10; i++) {
            assertFalse("line " + i, allowance.next(t0 + i).write());
        }
        LogAllowance.Turn nextPeriod = allowance.next(t0 + MINUTE);
        assertTrue(nextPeriod.write());
        assertEquals(7, nextPeriod.leftOut());
        assertEquals("the count is handed over once", 0, allowance.next(t0 + MINUTE + 1).leftOut());
    }

    @Test
    public void aPeriodWithoutLinesLeftOutHandsNothingOnAndAQuietGapStartsAFreshPeriod() {
        LogAllowance allowance = new LogAllowance(2, Duration.ofMinutes(1));
        assertTrue(allowance.next(0).write());
        LogAllowance.Turn muchLater = allowance.next(10 * MINUTE);
        assertTrue(muchLater.write());
        assertEquals(0, muchLater.leftOut());
        assertTrue(allowance.next(10 * MINUTE + 1).write());
        assertFalse(allowance.next(10 * MINUTE + 2).write());
    }

    @Test
    public void whatIsLeftOutWhenTheWriterStopsIsDrainedOnce() {
        LogAllowance allowance = new LogAllowance(1, Duration.ofSeconds(1));
        allowance.next(0);
        allowance.next(1);
        allowance.next(2);
        assertEquals(2, allowance.drain());
        assertEquals(0, allowance.drain());
        assertEquals(0, allowance.next(Duration.ofSeconds(1).toNanos()).leftOut());
    }

    @Test
    public void manyThreadsTogetherWriteExactlyTheAllowanceAndCountTheRest() throws InterruptedException {
        LogAllowance allowance = new LogAllowance(50, Duration.ofDays(1));
        AtomicLong written = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    if (allowance.next(1).write()) {
                        written.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(50, written.get());
        assertEquals(8_000 - 50, allowance.drain());
    }

    @Test(expected = IllegalArgumentException.class)
    public void anAllowanceOfNoLinesIsRefused() {
        new LogAllowance(0, Duration.ofMinutes(1));
    }
}

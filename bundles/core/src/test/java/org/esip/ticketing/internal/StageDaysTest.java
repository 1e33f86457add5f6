package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.Test;

/** The steps keep on the ticket the day, in Asia/Shanghai, each deadline stage last ended. */
public class StageDaysTest {
    @Test
    public void aStepKeepsItsDayInShanghai() {
        TicketEntity t = new TicketEntity();
        // 16:30 UTC is half past midnight the next day in Shanghai
        t.stepTaken("reject", Instant.parse("2026-12-04T16:30:00Z"));
        t.stepTaken("accept", Instant.parse("2026-12-04T15:59:59Z"));
        t.stepTaken("sign", Instant.parse("2026-12-06T02:00:00Z"));
        t.stepTaken("resolve", Instant.parse("2026-12-07T10:00:00Z"));
        t.stepTaken("resolve", Instant.parse("2026-12-08T17:00:00Z"));
        t.stepTaken("close", Instant.parse("2026-12-09T17:00:00Z"));
        assertEquals(LocalDate.of(2026, 12, 5), t.rejectedOn);
        assertEquals(LocalDate.of(2026, 12, 4), t.acceptedOn);
        assertEquals(LocalDate.of(2026, 12, 6), t.signedOn);
        assertEquals("the last resolve", LocalDate.of(2026, 12, 9), t.resolvedOn);
        assertNull(t.correctedOn);
        t.corrected(Instant.parse("2026-12-10T16:00:00Z"));
        assertEquals(Instant.parse("2026-12-10T16:00:00Z"), t.correctedAt);
        assertEquals(LocalDate.of(2026, 12, 11), t.correctedOn);
    }
}

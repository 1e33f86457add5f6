package org.esip.line.training.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Test;

/** Check-in opens an hour before a session starts and closes when it ends (clause 5.2.3.3). */
public class CheckInWindowTest {
    private static final Instant START = Instant.parse("2026-12-04T01:30:00Z");
    private static final Instant END = Instant.parse("2026-12-04T04:00:00Z");

    @Test
    public void openFromAnHourBeforeTheStartUntilTheEnd() {
        assertFalse(CheckInWindow.isOpen(START, END, START.minusSeconds(3601)));
        assertTrue(CheckInWindow.isOpen(START, END, START.minusSeconds(3600)));
        assertTrue(CheckInWindow.isOpen(START, END, START.plusSeconds(600)));
        assertTrue(CheckInWindow.isOpen(START, END, END));
        assertFalse(CheckInWindow.isOpen(START, END, END.plusSeconds(1)));
    }
}

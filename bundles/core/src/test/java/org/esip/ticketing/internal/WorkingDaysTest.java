package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.esip.ticketing.api.CalendarDay.Kind;
import org.junit.Test;

/** Working days on a calendar of holidays and adjusted working days (限时办理, clause 6.1 a). */
public class WorkingDaysTest {
    /** An example notice: a week off from Thursday 1 October 2026, Saturday 10 October worked instead. */
    private static WorkingDays calendar() {
        Map<LocalDate, Kind> special = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            special.put(LocalDate.of(2026, 10, d), Kind.HOLIDAY);
        }
        special.put(LocalDate.of(2026, 10, 10), Kind.WORKDAY);
        return new WorkingDays(special);
    }

    @Test
    public void weekendsHolidaysAndAdjustedWorkingDays() {
        WorkingDays w = calendar();
        assertTrue(w.isWorkingDay(LocalDate.of(2026, 9, 30)));
        assertFalse("Thursday, holiday", w.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertFalse("Sunday", w.isWorkingDay(LocalDate.of(2026, 10, 11)));
        assertTrue("Saturday made a working day", w.isWorkingDay(LocalDate.of(2026, 10, 10)));
    }

    @Test
    public void countingSkipsTheHolidayWeekAndUsesTheSaturday() {
        WorkingDays w = calendar();
        // Wednesday 30 September + 1 working day: the holiday week and the weekend are skipped → Thursday 8 October.
        assertEquals(LocalDate.of(2026, 10, 8), w.add(LocalDate.of(2026, 9, 30), 1));
        // + 3: 8 (Thu), 9 (Fri), 10 (the worked Saturday).
        assertEquals(LocalDate.of(2026, 10, 10), w.add(LocalDate.of(2026, 9, 30), 3));
        // A Friday + 1 is the Monday.
        assertEquals(LocalDate.of(2026, 11, 30), w.add(LocalDate.of(2026, 11, 27), 1));
        assertEquals(LocalDate.of(2026, 11, 27), w.add(LocalDate.of(2026, 11, 27), 0));
    }
}

package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.esip.ticketing.api.CalendarDay.Kind;
import org.junit.Test;

/** The working-day calendar kept per year (clause 6.1 a; issue 16: a year was read per ticket create). */
public class CalendarCacheTest {
    private final Map<LocalDate, Kind> database = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private final CalendarCache cache = new CalendarCache((from, to) -> {
        reads.incrementAndGet();
        Map<LocalDate, Kind> found = new HashMap<>();
        database.forEach((d, k) -> {
            if (!d.isBefore(from) && !d.isAfter(to)) {
                found.put(d, k);
            }
        });
        return found;
    }, now::get);

    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    @Test
    public void aDeadlineReadsTheDatabaseOnceForItsYearsThenUsesWhatItRead() {
        database.put(NATIONAL_DAY, Kind.HOLIDAY);
        database.put(NEW_YEAR, Kind.HOLIDAY);
        for (int i = 0; i < 100; i++) {
            WorkingDays w = cache.between(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1));
            assertFalse(w.isWorkingDay(NATIONAL_DAY));
            assertFalse("the next year's special days are there too", w.isWorkingDay(NEW_YEAR));
        }
        assertEquals(1, reads.get());
    }

    @Test
    public void anImportHereIsUsedAtOnce() {
        assertTrue(cache.between(NATIONAL_DAY, NATIONAL_DAY).isWorkingDay(NATIONAL_DAY));
        database.put(NATIONAL_DAY, Kind.HOLIDAY);
        cache.invalidate();
        assertFalse(cache.between(NATIONAL_DAY, NATIONAL_DAY).isWorkingDay(NATIONAL_DAY));
        assertEquals(2, reads.get());
    }

    @Test
    public void anImportOnAnotherNodeIsSeenOnceTheYearIsOlderThanMaxAge() {
        assertTrue(cache.between(NATIONAL_DAY, NATIONAL_DAY).isWorkingDay(NATIONAL_DAY));
        database.put(NATIONAL_DAY, Kind.HOLIDAY); // written by another node: nothing here is told
        now.addAndGet(CalendarCache.MAX_AGE.toNanos());
        assertTrue("still within MAX_AGE", cache.between(NATIONAL_DAY, NATIONAL_DAY).isWorkingDay(NATIONAL_DAY));
        now.addAndGet(1);
        assertFalse(cache.between(NATIONAL_DAY, NATIONAL_DAY).isWorkingDay(NATIONAL_DAY));
        assertEquals(2, reads.get());
    }

    @Test
    public void aYearNotYetReadIsReadWithTheOthersInOneQuery() {
        cache.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        database.put(NEW_YEAR, Kind.HOLIDAY);
        assertFalse(cache.between(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1)).isWorkingDay(NEW_YEAR));
        assertEquals(2, reads.get());
        cache.between(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1));
        assertEquals(2, reads.get());
    }
}

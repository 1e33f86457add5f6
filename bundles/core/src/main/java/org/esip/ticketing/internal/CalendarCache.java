package org.esip.ticketing.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

import org.esip.ticketing.api.CalendarDay;

/**
 * The special days of the working-day calendar, kept per year so that a deadline does not read the database
 * each time (a ticket create read a year of the calendar, issue 16). A year read more than {@link #MAX_AGE}
 * ago is read again, so an import or a restore on another node sharing the database is seen here within that
 * time; an import on this node {@link #invalidate() invalidates} at once.
 */
final class CalendarCache {
    /** How long a year read from the database is used; bounds how late another node's import is seen. */
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private record Year(Map<LocalDate, CalendarDay.Kind> days, long readAt) {
    }

    private final BiFunction<LocalDate, LocalDate, Map<LocalDate, CalendarDay.Kind>> reader;
    private final LongSupplier nanoTime;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();
    private volatile long generation;

    /** {@code reader} answers the special days from one date to another, both included. */
    CalendarCache(BiFunction<LocalDate, LocalDate, Map<LocalDate, CalendarDay.Kind>> reader, LongSupplier nanoTime) {
        this.reader = reader;
        this.nanoTime = nanoTime;
    }

    /** The rule over the special days of every year from {@code from}'s to {@code to}'s. */
    WorkingDays between(LocalDate from, LocalDate to) {
        int first = from.getYear();
        int last = to.getYear();
        long now = nanoTime.getAsLong();
        Map<LocalDate, CalendarDay.Kind> special = new HashMap<>();
        boolean fresh = true;
        for (int y = first; y <= last && fresh; y++) {
            Year cached = years.get(y);
            if (cached == null || now - cached.readAt() > MAX_AGE.toNanos()) {
                fresh = false;
            } else {
                special.putAll(cached.days());
            }
        }
        if (!fresh) {
            special.clear();
            long seen = generation;
            Map<LocalDate, CalendarDay.Kind> read = reader.apply(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
            special.putAll(read);
            Map<Integer, Map<LocalDate, CalendarDay.Kind>> byYear = new HashMap<>();
            for (int y = first; y <= last; y++) {
                byYear.put(y, new HashMap<>());
            }
            read.forEach((date, kind) -> byYear.get(date.getYear()).put(date, kind));
            synchronized (this) {
                if (seen == generation) { // not kept if an import here ended while this was being read
                    byYear.forEach((y, days) -> years.put(y, new Year(Map.copyOf(days), now)));
                }
            }
        }
        return new WorkingDays(special);
    }

    /** Forgets every year: the next question reads the database. */
    synchronized void invalidate() {
        generation++;
        years.clear();
    }
}

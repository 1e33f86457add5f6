package org.esip.ticketing.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

import org.esip.ticketing.api.CalendarDay;

/** Working-day arithmetic over the special days of the calendar: the rule, without storage. */
public final class WorkingDays {
    private final Map<LocalDate, CalendarDay.Kind> special;

    public WorkingDays(Map<LocalDate, CalendarDay.Kind> special) {
        this.special = Map.copyOf(special);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay.Kind kind = special.get(date);
        if (kind != null) {
            return kind == CalendarDay.Kind.WORKDAY;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The day {@code n} working days after {@code from}, from itself not counted; {@code n = 0} is {@code from}. */
    public LocalDate add(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n;) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}

package org.esip.ticketing.api;

import java.time.LocalDate;
import java.util.List;

import org.esip.core.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Working days (clause 6.1 a, 限时办理): Monday to Friday, except the public holidays, plus the weekend
 * days made working days. The calendar is data that staff import each year from the State Council's
 * notice, never code.
 */
@ProviderType
public interface WorkingCalendar {

    /** Replaces the special days of {@code year} with {@code days} (all in that year). */
    List<CalendarDay> importYear(Actor actor, int year, List<CalendarDay> days);

    List<CalendarDay> year(int year);

    boolean isWorkingDay(LocalDate date);

    /** The working day {@code workingDays} working days after {@code from} (from itself not counted). */
    LocalDate addWorkingDays(LocalDate from, int workingDays);
}

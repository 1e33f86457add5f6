package org.esip.ticketing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.esip.core.api.Actor;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.ticketing.api.CalendarDay;
import org.esip.ticketing.api.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The working-day calendar in the database. Deadlines are counted on the special days kept per year in a
 * {@link CalendarCache}: an import on this node is used at once, one on another node sharing the database (or
 * a restore) within {@link CalendarCache#MAX_AGE}. {@link #year(int)} always reads the database.
 */
@Component(service = WorkingCalendar.class)
public class WorkingCalendarImpl implements WorkingCalendar {
    static final String ENTITY = "calendar";
    private final Jpa jpa;
    private final AuditRecord audit;
    private final CalendarCache cache;

    @Activate
    public WorkingCalendarImpl(@Reference Jpa jpa, @Reference AuditRecord audit) {
        this.jpa = jpa;
        this.audit = audit;
        this.cache = new CalendarCache(this::read, System::nanoTime);
    }

    @Override
    public List<CalendarDay> importYear(Actor actor, int year, List<CalendarDay> days) {
        Violations v = new Violations();
        if (year < 2000 || year > 2100) {
            v.add("year", "number.range", 2000, 2100);
        }
        if (days == null) {
            v.add("body", "field.required").throwIfAny();
        }
        Map<LocalDate, CalendarDay> unique = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay d = days.get(i);
            if (d == null || d.date() == null || d.kind() == null) {
                v.add("[" + i + "]", "calendar.day-incomplete");
            } else if (d.date().getYear() != year) {
                v.add("[" + i + "].date", "calendar.other-year", year);
            } else if (unique.putIfAbsent(d.date(), d) != null) {
                v.add("[" + i + "].date", "calendar.duplicate", d.date());
            } else if (d.name() != null && d.name().length() > 50) {
                v.add("[" + i + "].name", "field.too-long", 50);
            }
        }
        v.throwIfAny();
        List<CalendarDay> imported = jpa.inTransaction(em -> {
            int removed = em.createQuery("DELETE FROM CalendarDayEntity d WHERE d.date >= :from AND d.date <= :to")
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                    .executeUpdate();
            days.forEach(d -> em.persist(new CalendarDayEntity(d)));
            audit.record(em, actor, "import", ENTITY, year, new Changes().field("days", removed, days.size()));
            return List.copyOf(days);
        }, Jpa.Retry.TRANSIENT_AND_DUPLICATE); // a replace: two at once end as one of them, never a duplicate key
        cache.invalidate();
        return imported;
    }

    @Override
    public List<CalendarDay> year(int year) {
        // The same years as an import: LocalDate cannot even hold 2147483647 (a 500 before this check).
        Violations v = new Violations();
        if (year < 2000 || year > 2100) {
            v.add("year", "number.range", 2000, 2100);
        }
        v.throwIfAny();
        return jpa.read(em -> em.createQuery("SELECT d FROM CalendarDayEntity d WHERE d.date >= :from AND d.date <= :to"
                + " ORDER BY d.date", CalendarDayEntity.class).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).getResultList().stream().map(CalendarDayEntity::toDto)
                .toList());
    }

    /** The rule over the special days from {@code from} to a year after it (from the cache). */
    WorkingDays around(LocalDate from) {
        return cache.between(from.minusDays(1), from.plusYears(1));
    }

    /** The special days from one date to another, both included, read from the database. */
    private Map<LocalDate, CalendarDay.Kind> read(LocalDate from, LocalDate to) {
        Map<LocalDate, CalendarDay.Kind> special = new HashMap<>();
        jpa.read(em -> em.createQuery("SELECT d FROM CalendarDayEntity d WHERE d.date >= :from AND d.date <= :to",
                CalendarDayEntity.class).setParameter("from", from).setParameter("to", to).getResultList())
                .forEach(d -> special.put(d.date, d.kind));
        return special;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return around(date).isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return around(from).add(from, workingDays);
    }
}

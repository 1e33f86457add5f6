package org.esip.ticketing.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.ticketing.api.CalendarDay;

@Entity
@Table(name = "CALENDAR_DAY")
public class CalendarDayEntity {
    @Id
    @Column(name = "DAY_DATE")
    LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 10, nullable = false)
    CalendarDay.Kind kind;

    @Column(name = "NAME", length = 50)
    String name;

    protected CalendarDayEntity() {
    }

    CalendarDayEntity(CalendarDay day) {
        date = day.date();
        kind = day.kind();
        name = day.name();
    }

    CalendarDay toDto() {
        return new CalendarDay(date, kind, name);
    }
}

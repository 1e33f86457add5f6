package org.esip.ticketing.api;

import java.time.LocalDate;

/**
 * A day the State Council's holiday notice makes different from the week: a public holiday on a
 * weekday, or a working day on a weekend (调休).
 *
 * @param kind HOLIDAY or WORKDAY
 * @param name e.g. 春节, 国庆节调休上班
 */
public record CalendarDay(LocalDate date, Kind kind, String name) {
    public enum Kind {
        /** 法定节假日 */
        HOLIDAY,
        /** 调休上班 */
        WORKDAY
    }
}

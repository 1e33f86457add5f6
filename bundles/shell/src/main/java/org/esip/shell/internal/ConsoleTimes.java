package org.esip.shell.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Times as an operator reads them: in the platform's time zone (Asia/Shanghai), to the second, without
 * the zone suffix or nanoseconds that {@code Instant.toString()} prints.
 */
final class ConsoleTimes {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ConsoleTimes() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant.atZone(ZONE));
    }

    /** Any value a table cell may hold: times are shown in the platform's zone, the rest as text. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return format(instant);
        }
        if (value instanceof OffsetDateTime odt) {
            return format(odt.toInstant());
        }
        if (value instanceof ZonedDateTime zdt) {
            return format(zdt.toInstant());
        }
        if (value instanceof LocalDateTime ldt) {
            return SECONDS.format(ldt);
        }
        if (value instanceof LocalDate || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }
}

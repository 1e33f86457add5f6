package org.esip.ticketing.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** An appointment as people in the platform's region read it: {@code 2026-12-08 09:30}, Beijing time. */
final class Appointments {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TicketDeadlines.ZONE);

    private Appointments() {
    }

    static String text(Instant at) {
        return FORMAT.format(at);
    }
}

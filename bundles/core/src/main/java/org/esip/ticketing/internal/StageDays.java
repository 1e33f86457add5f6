package org.esip.ticketing.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The day a deadline stage ended, as the figures count it (clause 6.3.3): the day, in Asia/Shanghai, of the last
 * step that ends the stage. The steps keep it on the ticket ({@link TicketEntity#stepTaken}); the migration
 * {@code V23__stage_days} worked it out from the timeline for the tickets written before the columns existed.
 */
public final class StageDays {
    static final String ACCEPT = "accept";
    static final String REJECT = "reject";
    static final String SIGN = "sign";
    static final String RESOLVE = "resolve";


    private StageDays() {
    }

    static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(TicketDeadlines.ZONE).toLocalDate();
    }
}

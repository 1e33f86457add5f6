package org.esip.ticketing.internal;

import static org.esip.ticketing.api.TicketStatus.ACCEPTED;
import static org.esip.ticketing.api.TicketStatus.ASSIGNED;
import static org.esip.ticketing.api.TicketStatus.EVALUATED;
import static org.esip.ticketing.api.TicketStatus.IN_PROGRESS;
import static org.esip.ticketing.api.TicketStatus.SUBMITTED;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.esip.ticketing.api.TicketStatus;

/**
 * The clocks of time-limited handling (限时办理, clause 6.1 a): each stage has its own deadline, runs in
 * the statuses listed, and is escalated once when its day has passed. No clock runs during an approved
 * deferral; the acceptance clock restarts when the enterprise supplies what was asked.
 */
enum Stage {
    /** To accept, reject or ask for information. */
    ACCEPT("e.acceptDue", List.of(SUBMITTED), "", t -> t.acceptDue),
    /** The refusal deadline of an offer: to sign for (签收) or return (退单) a dispatched ticket. */
    OFFER("e.offerDue", List.of(ASSIGNED), " AND e.signedAt IS NULL", t -> t.offerDue),
    /** The dispatched handler's own clock, from its sign-for. */
    HANDLE("e.handlerDue", List.of(ASSIGNED, IN_PROGRESS), " AND e.signedAt IS NOT NULL", t -> t.handlerDue),
    /** The platform's clock for the whole demand, from its acceptance. */
    RESOLVE("e.resolveDue", List.of(ACCEPTED, ASSIGNED, IN_PROGRESS), "", t -> t.resolveDue),
    /** The correction (整改) after a low grade. */
    CORRECT("e.correctionDue", List.of(EVALUATED), " AND e.correctedAt IS NULL", t -> t.correctionDue);

    final String due;
    final List<TicketStatus> statuses;
    final String extra;
    private final Function<TicketEntity, LocalDate> dueOf;

    Stage(String due, List<TicketStatus> statuses, String extra, Function<TicketEntity, LocalDate> dueOf) {
        this.due = due;
        this.statuses = statuses;
        this.extra = extra;
        this.dueOf = dueOf;
    }

    LocalDate dueOf(TicketEntity t) {
        return dueOf.apply(t);
    }
}

package org.esip.ticketing.internal;

import static org.esip.ticketing.api.TicketStatus.ACCEPTED;
import static org.esip.ticketing.api.TicketStatus.ASSIGNED;
import static org.esip.ticketing.api.TicketStatus.CLOSED;
import static org.esip.ticketing.api.TicketStatus.EVALUATED;
import static org.esip.ticketing.api.TicketStatus.FEEDBACK_SENT;
import static org.esip.ticketing.api.TicketStatus.IN_PROGRESS;
import static org.esip.ticketing.api.TicketStatus.MERGED;
import static org.esip.ticketing.api.TicketStatus.NEEDS_INFO;
import static org.esip.ticketing.api.TicketStatus.REJECTED;
import static org.esip.ticketing.api.TicketStatus.RESOLVED;
import static org.esip.ticketing.api.TicketStatus.SUBMITTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.esip.core.api.ConflictException;
import org.esip.core.internal.i18n.Messages;
import org.esip.ticketing.api.TicketStatus;

/** The one place where the transitions of Appendix A are decided (clause 5.4). */
public final class TicketLifecycle {
    /** The statuses in which a ticket's flow has ended: no step moves it on. */
    static final List<TicketStatus> FINISHED = List.of(REJECTED, CLOSED, MERGED);
    /** The statuses of a ticket whose demand was resolved. */
    static final List<TicketStatus> COMPLETED = List.of(RESOLVED, FEEDBACK_SENT, EVALUATED, CLOSED);
    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = new EnumMap<>(TicketStatus.class);

    static {
        // A duplicate can be merged into another ticket until it is dispatched.
        NEXT.put(SUBMITTED, EnumSet.of(ACCEPTED, REJECTED, NEEDS_INFO, MERGED));
        NEXT.put(NEEDS_INFO, EnumSet.of(SUBMITTED, MERGED));
        NEXT.put(ACCEPTED, EnumSet.of(ASSIGNED, MERGED));
        NEXT.put(REJECTED, EnumSet.noneOf(TicketStatus.class));
        NEXT.put(ASSIGNED, EnumSet.of(IN_PROGRESS, ACCEPTED));
        NEXT.put(IN_PROGRESS, EnumSet.of(RESOLVED));
        NEXT.put(RESOLVED, EnumSet.of(FEEDBACK_SENT));
        NEXT.put(FEEDBACK_SENT, EnumSet.of(EVALUATED));
        NEXT.put(EVALUATED, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
        NEXT.put(MERGED, EnumSet.noneOf(TicketStatus.class));
    }

    private TicketLifecycle() {
    }

    public static Set<TicketStatus> next(TicketStatus from) {
        return NEXT.get(from);
    }

    /** @throws ConflictException on field {@code status}, naming the allowed next states */
    public static void check(TicketStatus from, TicketStatus to) {
        if (!NEXT.get(from).contains(to)) {
            String allowed = NEXT.get(from).isEmpty() ? "—"
                    : NEXT.get(from).stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new ConflictException("ticket.transition", "status", Messages.zh("ticket.transition", from, to, allowed),
                    Messages.en("ticket.transition", from, to, allowed));
        }
    }
}

package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TimeRequest;
import org.esip.ticketing.api.WorkingCalendar;

/**
 * A handler's request for more time while handling a ticket, an extension (延期) or a deferral (缓办), one at a
 * time, and the platform's decision on it by someone else than the requester: an approved request moves the
 * handler's and the resolution deadlines; a deferral stops the clocks until it ends (限时办理, clause 6.1 a).
 */
final class TimeRequests {
    private final WorkingCalendar calendar;
    private final TicketDeadlines deadlines;
    private final StepTransaction steps;
    private final TicketNotices notices;
    private final Clock clock;

    TimeRequests(WorkingCalendar calendar, TicketDeadlines deadlines, StepTransaction steps, TicketNotices notices,
            Clock clock) {
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.steps = steps;
        this.notices = notices;
        this.clock = clock;
    }

    Ticket requestTime(Actor actor, long id, long version, TimeRequest.Kind kind, int workingDays, String reason) {
        Violations v = new Violations();
        v.requirePresent("kind", kind);
        String r = v.requireText("reason", reason, 1000);
        if (workingDays < 1 || workingDays > deadlines.config().maxRequestDays()) {
            v.add("workingDays", "ticket.request-days", deadlines.config().maxRequestDays());
        }
        v.throwIfAny();
        String action = kind == TimeRequest.Kind.EXTENSION ? "request-extension" : "request-deferral";
        Ticket t = steps.note(actor, id, version, action, workingDays + " " + r, e -> {
            boolean handling = e.status == TicketStatus.IN_PROGRESS || e.status == TicketStatus.ASSIGNED && e.signedAt != null;
            if (!handling) {
                throw new ConflictException("ticket.request-not-handling", "status",
                        Messages.zh("ticket.request-not-handling", e.status), Messages.en("ticket.request-not-handling", e.status));
            }
            if (e.requestKind != null) {
                throw new ConflictException("ticket.request-pending", "kind", Messages.zh("ticket.request-pending"),
                        Messages.en("ticket.request-pending"));
            }
            e.requestKind = kind;
            e.requestDays = workingDays;
            e.requestReason = r;
            e.requestedBy = actor.username();
            e.requestedAt = Instant.now(clock);
        });
        for (String head : notices.platformHeads()) {
            notices.tellAccount(head, "ticket.time-requested", t.id(), t.title(), workingDays, r);
        }
        return t;
    }

    Ticket decideTime(Actor actor, long id, long version, boolean approve, String remark) {
        String r = approve ? StepInput.optional("remark", remark, 1000) : StepInput.required("remark", remark, 1000);
        String[] requester = {null};
        Ticket t = steps.note(actor, id, version, approve ? "approve-time" : "refuse-time", r, e -> {
            if (e.requestKind == null) {
                throw new ConflictException("ticket.request-none", "status", Messages.zh("ticket.request-none"),
                        Messages.en("ticket.request-none"));
            }
            if (actor.username().equals(e.requestedBy)) {
                throw new ConflictException("ticket.request-own", "actor", Messages.zh("ticket.request-own"),
                        Messages.en("ticket.request-own"));
            }
            if (approve) {
                int days = e.requestDays;
                LocalDate today = deadlines.today();
                if (e.requestKind == TimeRequest.Kind.DEFERRAL) {
                    // The clocks stand still until the deferral ends; the deadlines move by as much.
                    e.deferredUntil = calendar.addWorkingDays(today, days);
                }
                e.handlerDue = e.handlerDue == null ? null : calendar.addWorkingDays(later(e.handlerDue, today), days);
                e.resolveDue = e.resolveDue == null ? null : calendar.addWorkingDays(later(e.resolveDue, today), days);
                e.escalatedStages = Stages.without(e.escalatedStages, Stage.HANDLE, Stage.RESOLVE);
            }
            requester[0] = e.requestedBy;
            e.requestKind = null;
            e.requestDays = null;
            e.requestReason = null;
            e.requestedBy = null;
            e.requestedAt = null;
        });
        if (requester[0] != null && !requester[0].startsWith("system:")) {
            String key = approve ? "ticket.time-approved" : "ticket.time-refused";
            String detail = r == null ? "—" : r;
            notices.tellAccount(requester[0], key, t.id(), t.title(), detail);
        }
        return t;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

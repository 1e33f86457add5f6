package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.ticketing.api.Supplement;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.WorkingCalendar;

/**
 * The platform's first answer to a submission (clause 6.2.2): accept it (its resolution clock starts), reject it
 * with a reason (clause 5.1.2 b), or ask for everything missing at once (一次性告知) until the enterprise supplies it;
 * and the appointment agreed with the enterprise (预约服务时间, clause 5.4.1.2 a).
 */
final class TicketAcceptance {
    static final int ITEMS_MAX = 20;
    static final int ITEM_MAX = 200;

    private final WorkingCalendar calendar;
    private final TicketDeadlines deadlines;
    private final StepTransaction steps;
    private final TicketNotices notices;
    private final Clock clock;

    TicketAcceptance(WorkingCalendar calendar, TicketDeadlines deadlines, StepTransaction steps,
            TicketNotices notices, Clock clock) {
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.steps = steps;
        this.notices = notices;
        this.clock = clock;
    }

    Ticket accept(Actor actor, long id, long version, String remark, String domain) {
        String r = StepInput.optional("remark", remark, 1000);
        Violations v = new Violations();
        String d = StepInput.domain(v, domain);
        v.throwIfAny();
        LocalDate today = deadlines.today();
        Ticket accepted = steps.move(actor, id, version, TicketStatus.ACCEPTED, "accept", null, r, t -> {
            t.resolveDue = calendar.addWorkingDays(today, deadlines.resolutionDays(t));
            if (d != null) {
                t.domain = d;
            }
        }, a -> notices.tellEnterprise(a, "ticket.accepted", String.valueOf(a.resolveDue())));
        return accepted;
    }

    Ticket reject(Actor actor, long id, long version, String reason) {
        String r = StepInput.required("reason", reason, 1000);
        return steps.move(actor, id, version, TicketStatus.REJECTED, "reject", null, r, e -> e.rejectReason = r,
                t -> notices.tellEnterprise(t, "ticket.rejected", r));
    }

    Ticket requestInformation(Actor actor, long id, long version, List<String> missingItems) {
        Violations v = new Violations();
        List<String> items = new ArrayList<>();
        if (missingItems == null || missingItems.isEmpty()) {
            v.add("missingItems", "ticket.items-required");
        } else {
            for (String item : missingItems) {
                if (item == null || item.isBlank()) {
                    v.add("missingItems", "tags.blank");
                } else if (item.strip().length() > ITEM_MAX || item.contains(TicketEntity.ITEM_SEPARATOR)) {
                    v.add("missingItems", "field.too-long", ITEM_MAX);
                } else {
                    items.add(item.strip());
                }
            }
            if (items.size() > ITEMS_MAX) {
                v.add("missingItems", "list.too-many", ITEMS_MAX);
            }
        }
        v.throwIfAny();
        String joined = String.join(TicketEntity.ITEM_SEPARATOR, items);
        Ticket asked = steps.move(actor, id, version, TicketStatus.NEEDS_INFO, "request-info", null, String.join("；", items), t -> {
            // One-time notification: everything missing is asked at once, so the same submission is never asked twice.
            if (t.infoRequestedRevision != null && t.infoRequestedRevision == t.submissionRevision) {
                throw new ConflictException("ticket.info-already-requested", "missingItems",
                        Messages.zh("ticket.info-already-requested"), Messages.en("ticket.info-already-requested"));
            }
            t.infoRequestedRevision = t.submissionRevision;
            t.missingItems = joined;
        }, a -> notices.tellEnterprise(a, "ticket.info-requested", String.join("；", items)));
        return asked;
    }

    Ticket supplyInformation(Actor actor, long id, long version, String description) {
        String d = StepInput.required("description", description, TicketIntake.DESCRIPTION_MAX);
        // The original application (预约申请, clause 6.4.1) is kept; each supplement is added to it, dated.
        return steps.move(actor, id, version, TicketStatus.SUBMITTED, "supply-info", null, d, t -> {
            if (d.equals(Supplements.latest(t.description, t.supplements))) {
                new Violations().add("description", "ticket.info-unchanged").throwIfAny();
            }
            t.supplements = Supplements.append(t.supplements,
                    new Supplement(Instant.now(clock), actor.username(), d));
            t.submissionRevision++;
            // The clock stood still while the platform waited for the enterprise; a new one starts now.
            t.acceptDue = calendar.addWorkingDays(deadlines.today(), deadlines.acceptanceDays(t));
            t.escalatedStages = Stages.without(t.escalatedStages, Stage.ACCEPT);
        });
    }

    Ticket appoint(Actor actor, long id, long version, Instant appointmentAt, String remark) {
        String r = StepInput.optional("remark", remark, 500);
        Violations v = new Violations();
        v.requirePresent("appointmentAt", appointmentAt);
        v.throwIfAny();
        String when = Appointments.text(appointmentAt);
        Ticket t = steps.note(actor, id, version, "appoint", Messages.zh("ticket.appointment", when) + (r == null ? "" : "：" + r), e -> {
            if (TicketLifecycle.FINISHED.contains(e.status) || TicketLifecycle.COMPLETED.contains(e.status)) {
                throw new ConflictException("ticket.appointment-finished", "status",
                        Messages.zh("ticket.appointment-finished", e.status), Messages.en("ticket.appointment-finished", e.status));
            }
            if (appointmentAt.isBefore(e.createdAt)) {
                new Violations().add("appointmentAt", "ticket.appointment-before-submission").throwIfAny();
            }
            e.appointmentAt = appointmentAt;
        }, a -> notices.tellEnterprise(a, "ticket.appointed", when + (r == null ? "" : "（" + r + "）")));
        return t;
    }
}

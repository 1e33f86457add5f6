package org.esip.ticketing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.seam.ArchiveSeal;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.Attachment;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketEvent;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.WorkingCalendar;

/**
 * From the result to the sealed file: the ticket resolved (with the fees charged), the result fed back to the
 * enterprise, its evaluation with the correction (整改) a low grade calls for, the close that seals the ticket's file
 * in the archive (clause 6.4.1), and the revisits (回访) after it.
 */
final class TicketCompletion {
    static final BigDecimal FEE_MAX = new BigDecimal("9999999999.99");

    private final WorkingCalendar calendar;
    private final TicketDeadlines deadlines;
    private final StepTransaction steps;
    private final TicketNotices notices;
    private final TicketQueries queries;
    private final ArchiveSeal ledger;
    private final EnterpriseService enterprises;
    private final Clock clock;

    TicketCompletion(WorkingCalendar calendar, TicketDeadlines deadlines, StepTransaction steps, TicketNotices notices,
            TicketQueries queries, ArchiveSeal ledger, EnterpriseService enterprises, Clock clock) {
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.steps = steps;
        this.notices = notices;
        this.queries = queries;
        this.ledger = ledger;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    Ticket resolve(Actor actor, long id, long version, String result, BigDecimal fee) {
        String r = StepInput.required("result", result, TicketIntake.DESCRIPTION_MAX);
        if (fee != null && (fee.signum() < 0 || fee.scale() > 2 && fee.stripTrailingZeros().scale() > 2
                || fee.compareTo(FEE_MAX) > 0)) {
            new Violations().add("fee", "ticket.fee-invalid").throwIfAny();
        }
        return steps.move(actor, id, version, TicketStatus.RESOLVED, "resolve", null,
                r + (fee == null ? "" : "（" + Messages.zh("ticket.fee", fee.toPlainString()) + "）"), t -> {
                    t.result = r;
                    t.fee = fee == null ? null : fee.setScale(2, RoundingMode.UNNECESSARY);
                    t.deferredUntil = null;
                });
    }

    Ticket sendFeedback(Actor actor, long id, long version, Channel channel, String remark) {
        String r = StepInput.optional("remark", remark, 1000);
        return steps.move(actor, id, version, TicketStatus.FEEDBACK_SENT, "feedback", channel, r, e -> { },
                t -> notices.tellEnterprise(t, "ticket.feedback", t.result() + (r == null ? "" : "（" + r + "）")));
    }

    Ticket evaluate(Actor actor, long id, long version, SatisfactionGrade grade, String comment) {
        Violations v = new Violations();
        v.requirePresent("grade", grade);
        v.throwIfAny();
        String c = StepInput.optional("comment", comment, 1000);
        return steps.step(actor, id, version, TicketStatus.EVALUATED, true, "evaluate", null, grade + (c == null ? "" : " " + c),
                t -> {
                    t.grade = grade;
                    t.evaluationComment = c;
                    t.correctionNeeded = grade.needsCorrection();
                    if (t.correctionNeeded) {
                        // A correction task (整改) with its own deadline, followed by a revisit.
                        t.correctionDue = calendar.addWorkingDays(deadlines.today(), deadlines.config().correctionDays());
                    }
                }, (em, t) -> {
                    if (t.correctionNeeded) {
                        String what = t.title + "（" + gradeZh(grade) + "）";
                        String whatEn = t.title + " (" + grade.name() + ")";
                        for (String to : notices.accountable(t)) {
                            notices.tellAccount(to, "ticket.correction", t.id, new Object[] {what, t.correctionDue},
                                    new Object[] {whatEn, t.correctionDue});
                        }
                    }
                });
    }

    Ticket recordCorrection(Actor actor, long id, long version, String remark) {
        String r = StepInput.required("remark", remark, 1000);
        return steps.note(actor, id, version, "correct", r, t -> {
            if (t.status != TicketStatus.EVALUATED || !t.correctionNeeded || t.correctedAt != null) {
                throw new ConflictException("ticket.correction-not-open", "status",
                        Messages.zh("ticket.correction-not-open", t.status), Messages.en("ticket.correction-not-open", t.status));
            }
            t.corrected(Instant.now(clock));
        });
    }

    Ticket close(Actor actor, long id, long version, String remark) {
        String r = StepInput.optional("remark", remark, 1000);
        return steps.step(actor, id, version, TicketStatus.CLOSED, true, "close", null, r, t -> {
            if (t.status == TicketStatus.EVALUATED && t.correctionNeeded && t.correctedAt == null) {
                throw new ConflictException("ticket.correction-pending", "correction",
                        Messages.zh("ticket.correction-pending", t.correctionDue), Messages.en("ticket.correction-pending", t.correctionDue));
            }
        }, (em, t) -> ledger.seal(em, t.id, t.enterpriseId, actor.username(), archiveContent(em, t)));
    }

    /** The sealed file of a closed ticket (clause 6.4.1), as JSON. */
    private String archiveContent(EntityManager em, TicketEntity t) {
        List<TicketEvent> events = em.createQuery("SELECT e FROM TicketEventEntity e WHERE e.ticketId = :id ORDER BY e.id",
                TicketEventEntity.class).setParameter("id", t.id).getResultList().stream().map(TicketEventEntity::toDto).toList();
        List<Attachment> files = em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.ticketId = :t ORDER BY a.id",
                AttachmentEntity.class).setParameter("t", t.id).getResultList().stream().map(AttachmentEntity::toDto).toList();
        return TicketFile.json(t.toDto(), enterprises.get(t.enterpriseId), events, files, Instant.now(clock));
    }

    Ticket revisit(Actor actor, long id, String remark) {
        String r = StepInput.required("remark", remark, 1000);
        Ticket current = queries.get(id);
        if (current.status() != TicketStatus.CLOSED) {
            throw new ConflictException("ticket.revisit-not-closed", "status",
                    Messages.zh("ticket.revisit-not-closed", current.status()),
                    Messages.en("ticket.revisit-not-closed", current.status()));
        }
        return steps.step(actor, id, current.version(), null, false, "revisit", null, r, t -> {
            if (t.revisitDeclined) {
                throw new ConflictException("ticket.revisit-declined", "status", Messages.zh("ticket.revisit-declined"),
                        Messages.en("ticket.revisit-declined"));
            }
        }, (em, t) -> ledger.appendRevisit(em, t.id, actor.username(), r));
    }

    Ticket declineRevisits(Actor actor, long id) {
        Ticket current = queries.get(id);
        return steps.note(actor, id, current.version(), "decline-revisits", null, t -> t.revisitDeclined = true);
    }

    static String gradeZh(SatisfactionGrade g) {
        return switch (g) {
            case VERY_SATISFIED -> "非常满意";
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case DISSATISFIED -> "不满意";
            case VERY_DISSATISFIED -> "非常不满意";
        };
    }
}

package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.esip.core.api.Actor;
import org.esip.core.api.UnprocessableException;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.KeyedInsert;
import org.esip.core.internal.seam.Existence;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.line.api.TicketCategory;
import org.esip.provider.api.StaffService;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.ComplaintTarget;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketSubmission;
import org.esip.ticketing.api.WorkingCalendar;

/**
 * Intake (clause 6.2.1): a submission checked and recorded in status SUBMITTED with its acceptance deadline, the
 * enterprise told the basic service procedure (clause 5.4.1.1). An idempotency key makes a retry get the ticket the
 * first request made; the submission's fingerprint refuses the same key with another body.
 */
final class TicketIntake {
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;

    /** The prefix of a service line's idempotency keys ({@code org.esip.line.kit.TicketKeys}). */
    private static final String LINE_KEY = "line:";
    /** The foreign key from a ticket to its enterprise (migration V1). */
    private static final String ENTERPRISE_KEY = "FK_TICKET_ENTERPRISE";

    private final Jpa jpa;
    private final StaffService staff;
    private final WorkingCalendar calendar;
    private final ServiceLineRegistry lines;
    private final TicketDeadlines deadlines;
    private final TicketTimeline timeline;
    private final TicketNotices notices;
    private final Clock clock;

    TicketIntake(Jpa jpa, StaffService staff, WorkingCalendar calendar, ServiceLineRegistry lines,
            TicketDeadlines deadlines, TicketTimeline timeline, TicketNotices notices, Clock clock) {
        this.jpa = jpa;
        this.staff = staff;
        this.calendar = calendar;
        this.lines = lines;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.notices = notices;
        this.clock = clock;
    }

    Ticket submit(Actor actor, TicketSubmission s, String idempotencyKey) {
        Violations v = new Violations();
        if (s == null) {
            v.add("body", "field.required").throwIfAny();
        }
        Long enterpriseId = v.requirePresent("enterpriseId", s.enterpriseId());
        TicketCategory category = category(v, s.category());
        TicketKind kind = v.requirePresent("kind", s.kind() != null ? s.kind() : category == null ? null : category.kind());
        Channel channel = v.requirePresent("channel", s.channel());
        String title = v.requireText("title", s.title(), TITLE_MAX);
        String description = v.requireText("description", s.description(), DESCRIPTION_MAX);
        ComplaintTarget against = s.against();
        if (against != null && kind != null && kind != TicketKind.COMPLAINT) {
            v.add("against", "ticket.against-complaint-only");
        } else if (against != null && (against.kind() == null || against.id() == null)) {
            v.add("against", "ticket.against-incomplete");
        }
        String domain = StepInput.domain(v, s.domain());
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            v.add("Idempotency-Key", "field.too-long", 100);
        }
        Instant now = Instant.now(clock);
        if (s.appointmentAt() != null && !s.appointmentAt().isAfter(now)) {
            v.add("appointmentAt", "ticket.appointment-past");
        }
        if (s.servicePointId() != null && channel != null && channel != Channel.WINDOW) {
            v.add("servicePointId", "ticket.service-point-window-only");
        }
        v.throwIfAny();
        String fingerprint = Fingerprint.of(s);
        // A retry with the user's own key is found by the unique constraint on (submitter, key) when the insert
        // fails, below: no look-up on every create (issue 16). A line's key names one record whoever submits it,
        // which that constraint does not cover, so it is looked up first.
        if (key != null && key.startsWith(LINE_KEY)) {
            Optional<Ticket> earlier = byKey(actor, key, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            // Only database work: after a deadlock or lock timeout among simultaneous submissions it runs again.
            Ticket created = jpa.inTransaction(em -> {
                // every statement below finds or writes rows by key: plans are reused (Jpa.reusePlans), on
                // PostgreSQL set with the insert in one round trip
                boolean oneStatement = KeyedInsert.supported(em);
                Long servicePoint = s.servicePointId();
                if (servicePoint != null && !Existence.exists(em, Existence.Of.SERVICE_POINT, servicePoint)) {
                    v.add("servicePointId", "ticket.service-point-unknown", Long.toString(servicePoint)).throwIfAny();
                }
                if (servicePoint == null && channel == Channel.WINDOW) {
                    servicePoint = servicePointOfStaff(em, actor);
                }
                // The enterprise's existence is checked by the insert itself (its foreign key, below): no look-up before
                // it on every create (issue 16).
                if (against != null) {
                    boolean known = switch (against.kind()) {
                        case TICKET -> em.find(TicketEntity.class, against.id()) != null;
                        case STAFF -> Existence.exists(em, Existence.Of.STAFF, against.id());
                        case ORGANISATION -> Existence.exists(em, Existence.Of.ORGANISATION, against.id());
                    };
                    if (!known) {
                        v.add("against.id", "ticket.against-unknown", against.kind(), Long.toString(against.id()))
                                .throwIfAny();
                    }
                }
                TicketEntity t = new TicketEntity();
                t.enterpriseId = enterpriseId;
                t.kind = kind;
                t.channel = channel;
                t.title = title;
                t.description = description;
                t.createdAt = Instant.now(clock);
                t.submittedBy = actor.username();
                t.idempotencyKey = key;
                t.submissionHash = key == null ? null : fingerprint;
                t.appointmentAt = s.appointmentAt();
                t.servicePointId = servicePoint;
                t.targetKind = against == null ? null : against.kind();
                t.targetId = against == null ? null : against.id();
                t.domain = domain;
                t.category = category == null ? null : category.code();
                t.acceptDue = calendar.addWorkingDays(deadlines.today(), deadlines.acceptanceDays(t));
                if (StepTransaction.receives(actor)) {
                    t.owner = actor.username();
                }
                String remark = t.appointmentAt == null ? null
                        : Messages.zh("ticket.appointment", Appointments.text(t.appointmentAt));
                // Clause 5.4.1.1: the enterprise is told the basic service procedure (Appendix A) on submission, in
                // the same transaction (one commit per create, issue 16); its SMS or e-mail goes after the commit.
                String submitted = "ticket.submitted";
                String acceptDue = String.valueOf(t.acceptDue);
                boolean told = false;
                if (oneStatement) {
                    // the ticket, its first event, its audit entry and the enterprise's notice with its deliveries in
                    // one round trip, where the mapping takes a flush, an insert and a look-up of the key, then one
                    // insert each, and the notice two more for its addresses and itself (issue 16)
                    t.version = 1; // the mapping's first version
                    KeyedInsert insert = KeyedInsert.of(t).reusingPlans();
                    timeline.firstRecordOf(t, actor, "submit", channel, remark).forEach(insert::with);
                    told = notices.tellEnterpriseAlong(insert, enterpriseId, title, submitted, acceptDue);
                    t.id = insert.write(em);
                } else {
                    em.persist(t);
                    em.flush();
                    timeline.record(em, t, actor, "submit", null, channel, remark);
                }
                Ticket dto = t.toDto();
                if (!told) {
                    notices.tellEnterprise(dto, submitted, acceptDue);
                }
                return dto;
            }, Jpa.Retry.TRANSIENT);
            return created;
        } catch (PersistenceException e) {
            if (Jpa.isForeignKeyViolation(e, ENTERPRISE_KEY)) {
                v.add("enterpriseId", "enterprise.unknown", Long.toString(enterpriseId)).throwIfAny();
            }
            // The same key sent twice at the same moment: the unique constraint decides, the first one wins.
            if (key != null && Jpa.isUniqueViolation(e)) {
                return byKey(actor, key, fingerprint).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** The one service point of the staff member the account belongs to, if it has exactly one. */
    private Long servicePointOfStaff(EntityManager em, Actor actor) {
        List<Long> staffIds = em.createQuery("SELECT a.staffId FROM AccountEntity a WHERE a.username = :u"
                + " AND a.staffId IS NOT NULL", Long.class).setParameter("u", actor.username()).getResultList();
        if (staffIds.isEmpty()) {
            return null;
        }
        Set<Long> points = staff.get(staffIds.get(0)).servicePointIds();
        return points.size() == 1 ? points.iterator().next() : null;
    }

    /**
     * The ticket made with this key by this actor. The same key with another body is refused (422): a retry
     * sends what it sent the first time, and anything else is a different request that must not vanish.
     */
    private Optional<Ticket> byKey(Actor actor, String key, String fingerprint) {
        // A service line's key (org.esip.line.kit.TicketKeys, "line:<line>:<kind>:<record>") names one record of the
        // line, whoever submits it: a reconciliation by the platform finds the ticket the user's request made.
        boolean lineKey = key.startsWith(LINE_KEY);
        Optional<TicketEntity> found = jpa.read(em -> (lineKey
                ? em.createQuery("SELECT t FROM TicketEntity t WHERE t.idempotencyKey = :key ORDER BY t.id", TicketEntity.class)
                : em.createQuery("SELECT t FROM TicketEntity t WHERE t.submittedBy = :by AND t.idempotencyKey = :key",
                        TicketEntity.class).setParameter("by", actor.username()))
                .setParameter("key", key).getResultList().stream().findFirst());
        if (found.isPresent() && found.get().submissionHash != null && !found.get().submissionHash.equals(fingerprint)) {
            throw new UnprocessableException("ticket.idempotency-mismatch", "Idempotency-Key",
                    Messages.zh("ticket.idempotency-mismatch", found.get().id), Messages.en("ticket.idempotency-mismatch", found.get().id));
        }
        return found.map(TicketEntity::toDto);
    }

    /** A ticket category of an installed, compatible service line, or a violation on {@code category}. */
    private TicketCategory category(Violations v, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<TicketCategory> category = lines.ticketCategory(code.strip());
        if (category.isEmpty()) {
            v.add("category", "ticket.category-unknown", code.strip());
        }
        return category.orElse(null);
    }
}

package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.Search;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffService;
import org.esip.registry.internal.EnterpriseEntity;
import org.esip.ticketing.api.Assignment;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketEvent;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketSubmission;
import org.esip.ticketing.api.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TicketService.class, configurationPid = TicketingConfig.PID)
@org.osgi.service.metatype.annotations.Designate(ocd = TicketingConfig.class)
public class TicketServiceImpl implements TicketService {
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    static final int ITEMS_MAX = 20;
    static final int ITEM_MAX = 200;

    private final Jpa jpa;
    private final OrganisationService organisations;
    private final ExpertService experts;
    private final StaffService staff;
    private final WorkingCalendar calendar;
    private final NotificationService notifications;
    private final TicketingConfig deadlines;
    private final Clock clock = Clock.systemUTC();
    /** Deadlines are days in the platform's region. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Activate
    public TicketServiceImpl(@Reference Jpa jpa, @Reference OrganisationService organisations,
            @Reference ExpertService experts, @Reference StaffService staff, @Reference WorkingCalendar calendar,
            @Reference NotificationService notifications, TicketingConfig deadlines) {
        this.notifications = notifications;
        this.jpa = jpa;
        this.organisations = organisations;
        this.experts = experts;
        this.staff = staff;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The resolution deadline of a kind, in working days (one place for the numbers). */
    int resolutionDays(TicketKind kind) {
        return switch (kind) {
            case CONSULTATION -> deadlines.consultationDays();
            case DEMAND -> deadlines.demandDays();
            case APPEAL -> deadlines.appealDays();
            case COMPLAINT -> deadlines.complaintDays();
        };
    }

    /** Staff (not the platform's own processes) become a ticket's owner by receiving it first (首问负责). */
    private static boolean receives(Actor actor) {
        return actor.hasAny(Role.STAFF, Role.ADMIN) && !actor.username().startsWith("system:");
    }

    @Override
    public Ticket submit(Actor actor, TicketSubmission s, String idempotencyKey) {
        Violations v = new Violations();
        if (s == null) {
            v.add("body", "field.required").throwIfAny();
        }
        Long enterpriseId = v.requirePresent("enterpriseId", s.enterpriseId());
        TicketKind kind = v.requirePresent("kind", s.kind());
        Channel channel = v.requirePresent("channel", s.channel());
        String title = v.requireText("title", s.title(), TITLE_MAX);
        String description = v.requireText("description", s.description(), DESCRIPTION_MAX);
        org.esip.ticketing.api.ComplaintTarget against = s.against();
        if (against != null && kind != null && kind != TicketKind.COMPLAINT) {
            v.add("against", "ticket.against-complaint-only");
        } else if (against != null && (against.kind() == null || against.id() == null)) {
            v.add("against", "ticket.against-incomplete");
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            v.add("Idempotency-Key", "field.too-long", 100);
        }
        v.throwIfAny();
        if (key != null) {
            Optional<Ticket> earlier = byKey(actor, key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return jpa.inTransaction(em -> {
                if (em.find(EnterpriseEntity.class, enterpriseId) == null) {
                    v.add("enterpriseId", "enterprise.unknown", Long.toString(enterpriseId)).throwIfAny();
                }
                if (against != null) {
                    Class<?> type = switch (against.kind()) {
                        case TICKET -> TicketEntity.class;
                        case STAFF -> org.esip.provider.internal.StaffEntity.class;
                        case ORGANISATION -> org.esip.provider.internal.OrganisationEntity.class;
                    };
                    if (em.find(type, against.id()) == null) {
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
                t.targetKind = against == null ? null : against.kind();
                t.targetId = against == null ? null : against.id();
                t.acceptDue = calendar.addWorkingDays(today(), deadlines.acceptanceDays());
                if (receives(actor)) {
                    t.owner = actor.username();
                }
                em.persist(t);
                em.flush();
                event(em, t, actor, "submit", null, channel, null);
                return t.toDto();
            });
        } catch (PersistenceException e) {
            // The same key sent twice at the same moment: the unique constraint decides, the first one wins.
            if (key != null && Jpa.isUniqueViolation(e)) {
                return byKey(actor, key).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private Optional<Ticket> byKey(Actor actor, String key) {
        return jpa.read(em -> em.createQuery("SELECT t FROM TicketEntity t WHERE t.submittedBy = :by"
                + " AND t.idempotencyKey = :key", TicketEntity.class).setParameter("by", actor.username())
                .setParameter("key", key).getResultList().stream().findFirst().map(TicketEntity::toDto));
    }

    private void event(EntityManager em, TicketEntity t, Actor actor, String action, TicketStatus from,
            Channel channel, String remark) {
        em.persist(new TicketEventEntity(t.id, Instant.now(clock), actor.username(), action, from, t.status, channel,
                remark));
    }

    @Override
    public Ticket get(long id) {
        return jpa.read(em -> Optional.ofNullable(em.find(TicketEntity.class, id))).map(TicketEntity::toDto)
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("ticket.not-found", Messages.zh("ticket.not-found", Long.toString(id)),
                Messages.en("ticket.not-found", Long.toString(id)));
    }

    @Override
    public Page<Ticket> list(Long enterpriseId, TicketStatus status, String owner, PageRequest page) {
        return jpa.read(em -> new Search().equal("e.enterpriseId", enterpriseId).equal("e.status", status)
                .equal("e.owner", owner == null || owner.isBlank() ? null : owner.strip())
                .page(em, TicketEntity.class, "e.createdAt DESC, e.id DESC", page, List.of(), TicketEntity::toDto));
    }

    /**
     * Moves a ticket to {@code to} if it is still at {@code version} and the flow allows it; the first
     * staff member to handle it becomes its owner; the step goes into the timeline.
     */
    private Ticket move(Actor actor, long id, long version, TicketStatus to, String action, Channel channel,
            String remark, Consumer<TicketEntity> change) {
        return step(actor, id, version, to, true, action, channel, remark, change);
    }

    /** A step that records something on the ticket without moving it (a revisit, declining revisits). */
    private Ticket note(Actor actor, long id, long version, String action, String remark,
            Consumer<TicketEntity> change) {
        return step(actor, id, version, null, false, action, null, remark, change);
    }

    private Ticket step(Actor actor, long id, long version, TicketStatus target, boolean transition, String action,
            Channel channel, String remark, Consumer<TicketEntity> change) {
        return jpa.inTransaction(em -> {
            TicketEntity t = em.find(TicketEntity.class, id);
            if (t == null) {
                throw notFound(id);
            }
            if (t.version != version) {
                throw new ConflictException("ticket.stale", "version",
                        Messages.zh("ticket.stale", Long.toString(id), Long.toString(t.version)),
                        Messages.en("ticket.stale", Long.toString(id), Long.toString(t.version)));
            }
            TicketStatus from = t.status;
            TicketStatus to = transition ? target : from;
            if (transition) {
                TicketLifecycle.check(from, to);
            }
            if (t.owner == null && receives(actor)) {
                t.owner = actor.username();
            }
            change.accept(t);
            t.status = to;
            em.flush();
            event(em, t, actor, action, from, channel, remark);
            return t.toDto();
        });
    }

    private static String required(String field, String value, int max) {
        Violations v = new Violations();
        String s = v.requireText(field, value, max);
        v.throwIfAny();
        return s;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return required(field, value, max);
    }

    @Override
    public Ticket accept(Actor actor, long id, long version, String remark) {
        String r = optional("remark", remark, 1000);
        LocalDate today = today();
        return move(actor, id, version, TicketStatus.ACCEPTED, "accept", null, r,
                t -> t.resolveDue = calendar.addWorkingDays(today, resolutionDays(t.kind)));
    }

    @Override
    public Ticket reject(Actor actor, long id, long version, String reason) {
        String r = required("reason", reason, 1000);
        Ticket t = move(actor, id, version, TicketStatus.REJECTED, "reject", null, r, e -> e.rejectReason = r);
        tell(t, "ticket.rejected", r);
        return t;
    }

    @Override
    public Ticket requestInformation(Actor actor, long id, long version, List<String> missingItems) {
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
        Ticket asked = move(actor, id, version, TicketStatus.NEEDS_INFO, "request-info", null, String.join("；", items), t -> {
            // One-time notification: everything missing is asked at once, so the same submission is never asked twice.
            if (t.infoRequestedRevision != null && t.infoRequestedRevision == t.submissionRevision) {
                throw new ConflictException("ticket.info-already-requested", "missingItems",
                        Messages.zh("ticket.info-already-requested"), Messages.en("ticket.info-already-requested"));
            }
            t.infoRequestedRevision = t.submissionRevision;
            t.missingItems = joined;
        });
        tell(asked, "ticket.info-requested", String.join("；", items));
        return asked;
    }

    @Override
    public Ticket supplyInformation(Actor actor, long id, long version, String description) {
        String d = required("description", description, DESCRIPTION_MAX);
        return move(actor, id, version, TicketStatus.SUBMITTED, "supply-info", null, null, t -> {
            if (d.equals(t.description)) {
                new Violations().add("description", "ticket.info-unchanged").throwIfAny();
            }
            t.description = d;
            t.submissionRevision++;
            // The clock stood still while the platform waited for the enterprise; a new one starts now.
            t.acceptDue = calendar.addWorkingDays(today(), deadlines.acceptanceDays());
        });
    }

    @Override
    public Ticket assign(Actor actor, long id, long version, Assignment assignment) {
        Violations v = new Violations();
        if (assignment == null || assignment.kind() == null) {
            v.add("assignment.kind", "field.required").throwIfAny();
        }
        String name;
        switch (assignment.kind()) {
            case ORGANISATION -> {
                v.requirePresent("assignment.id", assignment.id());
                v.throwIfAny();
                name = organisations.requireAdmitted(assignment.id()).name();
            }
            case EXPERT -> {
                v.requirePresent("assignment.id", assignment.id());
                v.throwIfAny();
                Expert e = experts.get(assignment.id());
                if (!e.inPool()) {
                    throw new ConflictException("ticket.expert-out-of-pool", "assignment.id",
                            Messages.zh("ticket.expert-out-of-pool", e.name()), Messages.en("ticket.expert-out-of-pool", e.name()));
                }
                name = e.name();
            }
            case STAFF -> {
                v.requirePresent("assignment.id", assignment.id());
                v.throwIfAny();
                StaffMember m = staff.get(assignment.id());
                if (!m.active()) {
                    throw new ConflictException("ticket.staff-inactive", "assignment.id",
                            Messages.zh("ticket.staff-inactive", m.name()), Messages.en("ticket.staff-inactive", m.name()));
                }
                name = m.name();
            }
            default -> name = v.requireText("assignment.name", assignment.name(), 200);
        }
        v.throwIfAny();
        String remark = optional("assignment.remark", assignment.remark(), 500);
        return move(actor, id, version, TicketStatus.ASSIGNED, "assign", null,
                assignment.kind() + " " + name + (remark == null ? "" : "：" + remark), t -> {
                    t.assigneeKind = assignment.kind();
                    t.assigneeId = assignment.id();
                    t.assigneeName = name;
                    t.assignmentRemark = remark;
                    t.signedAt = null;
                    t.handlerCount++;
                });
    }

    @Override
    public Ticket start(Actor actor, long id, long version, String agreedScopeAndPeriod) {
        String r = required("remark", agreedScopeAndPeriod, 1000);
        return move(actor, id, version, TicketStatus.IN_PROGRESS, "start", null, r, t -> {
            if (t.signedAt == null) {
                throw new ConflictException("ticket.not-signed", "status", Messages.zh("ticket.not-signed"),
                        Messages.en("ticket.not-signed"));
            }
        });
    }

    @Override
    public Ticket sign(Actor actor, long id, long version) {
        return note(actor, id, version, "sign", null, t -> {
            if (t.status != TicketStatus.ASSIGNED || t.signedAt != null) {
                throw new ConflictException("ticket.sign", "status", Messages.zh("ticket.sign", t.status),
                        Messages.en("ticket.sign", t.status));
            }
            t.signedAt = Instant.now(clock);
        });
    }

    @Override
    public Ticket giveBack(Actor actor, long id, long version, String reason) {
        String r = required("reason", reason, 1000);
        boolean[] becameProblem = {false};
        Ticket t = move(actor, id, version, TicketStatus.ACCEPTED, "return", null, r, e -> {
            e.returnCount++;
            e.assigneeKind = null;
            e.assigneeId = null;
            e.assigneeName = null;
            e.assignmentRemark = null;
            e.signedAt = null;
            if (!e.problem && (e.returnCount >= deadlines.problemReturns()
                    || e.handlerCount >= deadlines.problemHandlers())) {
                e.problem = true;
                becameProblem[0] = true;
            }
        });
        if (becameProblem[0]) {
            for (String head : deadlines.platformHeads()) {
                notifications.send(Recipient.account(head), "ticket.problem",
                        Messages.zh("notice.ticket.problem.title", String.valueOf(t.id())),
                        Messages.en("notice.ticket.problem.title", String.valueOf(t.id())),
                        Messages.zh("notice.ticket.problem", t.title(), t.returnCount()),
                        Messages.en("notice.ticket.problem", t.title(), t.returnCount()), t.id());
            }
        }
        return t;
    }

    @Override
    public Page<Ticket> assignedTo(org.esip.ticketing.api.AssigneeKind kind, long assigneeId, PageRequest page) {
        return jpa.read(em -> new Search().equal("e.assigneeKind", kind).equal("e.assigneeId", assigneeId)
                .page(em, TicketEntity.class, "e.createdAt DESC, e.id DESC", page, List.of(), TicketEntity::toDto));
    }

    @Override
    public Ticket resolve(Actor actor, long id, long version, String result) {
        String r = required("result", result, DESCRIPTION_MAX);
        return move(actor, id, version, TicketStatus.RESOLVED, "resolve", null, r, t -> t.result = r);
    }

    @Override
    public Ticket sendFeedback(Actor actor, long id, long version, Channel channel, String remark) {
        String r = optional("remark", remark, 1000);
        Ticket t = move(actor, id, version, TicketStatus.FEEDBACK_SENT, "feedback", channel, r, e -> { });
        tell(t, "ticket.feedback", t.result() + (r == null ? "" : "（" + r + "）"));
        return t;
    }

    @Override
    public Ticket evaluate(Actor actor, long id, long version, SatisfactionGrade grade, String comment) {
        Violations v = new Violations();
        v.requirePresent("grade", grade);
        v.throwIfAny();
        String c = optional("comment", comment, 1000);
        return move(actor, id, version, TicketStatus.EVALUATED, "evaluate", null, grade + (c == null ? "" : " " + c),
                t -> {
                    t.grade = grade;
                    t.evaluationComment = c;
                    t.correctionNeeded = grade.needsCorrection();
                });
    }

    @Override
    public Ticket close(Actor actor, long id, long version, String remark) {
        String r = optional("remark", remark, 1000);
        return move(actor, id, version, TicketStatus.CLOSED, "close", null, r, t -> { });
    }

    @Override
    public Ticket revisit(Actor actor, long id, String remark) {
        String r = required("remark", remark, 1000);
        Ticket current = get(id);
        if (current.status() != TicketStatus.CLOSED) {
            throw new ConflictException("ticket.revisit-not-closed", "status",
                    Messages.zh("ticket.revisit-not-closed", current.status()),
                    Messages.en("ticket.revisit-not-closed", current.status()));
        }
        return note(actor, id, current.version(), "revisit", r, t -> {
            if (t.revisitDeclined) {
                throw new ConflictException("ticket.revisit-declined", "status", Messages.zh("ticket.revisit-declined"),
                        Messages.en("ticket.revisit-declined"));
            }
        });
    }

    @Override
    public Ticket declineRevisits(Actor actor, long id) {
        Ticket current = get(id);
        return note(actor, id, current.version(), "decline-revisits", null, t -> t.revisitDeclined = true);
    }

    @Override
    public List<TicketEvent> timeline(long id) {
        get(id);
        return jpa.read(em -> em.createQuery("SELECT e FROM TicketEventEntity e WHERE e.ticketId = :id ORDER BY e.id",
                TicketEventEntity.class).setParameter("id", id).getResultList().stream()
                .map(TicketEventEntity::toDto).toList());
    }

    /** The stages whose deadline is watched: the statuses in which each clock runs. */
    private static final List<TicketStatus> ACCEPTING = List.of(TicketStatus.SUBMITTED);
    private static final List<TicketStatus> RESOLVING = List.of(TicketStatus.ACCEPTED, TicketStatus.ASSIGNED,
            TicketStatus.IN_PROGRESS);

    @Override
    public List<Ticket> escalateOverdue(LocalDate asOf) {
        List<Ticket> escalated = new ArrayList<>();
        escalate("ACCEPT", "e.acceptDue", ACCEPTING, asOf, escalated);
        escalate("RESOLVE", "e.resolveDue", RESOLVING, asOf, escalated);
        return escalated;
    }

    private void escalate(String stage, String due, List<TicketStatus> statuses, LocalDate asOf, List<Ticket> out) {
        List<Long> candidates = jpa.read(em -> em.createQuery("SELECT e.id FROM TicketEntity e WHERE " + due
                + " < :asOf AND e.status IN :statuses AND (e.escalatedStage IS NULL OR e.escalatedStage <> :stage)",
                Long.class).setParameter("asOf", asOf).setParameter("statuses", statuses).setParameter("stage", stage)
                .getResultList());
        Actor watch = Actor.system("deadline-watch");
        for (long id : candidates) {
            jpa.inTransaction(em -> {
                // Conditional update: of several nodes checking at once, exactly one changes the row.
                int won = em.createQuery("UPDATE TicketEntity e SET e.escalatedStage = :stage,"
                        + " e.version = e.version + 1 WHERE e.id = :id AND e.status IN :statuses"
                        + " AND (e.escalatedStage IS NULL OR e.escalatedStage <> :stage)")
                        .setParameter("stage", stage).setParameter("id", id)
                        .setParameter("statuses", statuses).executeUpdate();
                if (won == 1) {
                    TicketEntity t = em.find(TicketEntity.class, id);
                    em.refresh(t);
                    // Through the mapping, not the bulk update: EclipseLink writes a bare Boolean as 1 for Derby.
                    t.overdue = true;
                    LocalDate dueDate = "ACCEPT".equals(stage) ? t.acceptDue : t.resolveDue;
                    event(em, t, watch, "escalate", t.status, null, Messages.zh("ticket.escalated", stage, dueDate,
                            t.owner == null ? "—" : t.owner) + " / " + Messages.en("ticket.escalated", stage, dueDate,
                            t.owner == null ? "-" : t.owner));
                    out.add(t.toDto());
                    String what = stage + " " + dueDate;
                    if (t.owner != null) {
                        notifications.send(Recipient.account(t.owner), "ticket.escalated",
                                Messages.zh("notice.ticket.escalated.title", String.valueOf(t.id)), Messages.en("notice.ticket.escalated.title", String.valueOf(t.id)),
                                Messages.zh("notice.ticket.escalated", t.title, what), Messages.en("notice.ticket.escalated", t.title, what), t.id);
                    }
                    for (String head : deadlines.platformHeads()) {
                        if (!head.equals(t.owner)) {
                            notifications.send(Recipient.account(head), "ticket.escalated",
                                    Messages.zh("notice.ticket.escalated.title", String.valueOf(t.id)), Messages.en("notice.ticket.escalated.title", String.valueOf(t.id)),
                                    Messages.zh("notice.ticket.escalated", t.title, what), Messages.en("notice.ticket.escalated", t.title, what), t.id);
                        }
                    }
                }
                return null;
            });
        }
    }

    private static final List<TicketStatus> COMPLETED = List.of(TicketStatus.RESOLVED, TicketStatus.FEEDBACK_SENT,
            TicketStatus.EVALUATED, TicketStatus.CLOSED);

    @Override
    public org.esip.ticketing.api.ServiceRecord recordOf(org.esip.ticketing.api.AssigneeKind kind, long assigneeId) {
        return jpa.read(em -> {
            List<TicketEntity> mine = em.createQuery("SELECT t FROM TicketEntity t WHERE t.assigneeKind = :kind"
                    + " AND t.assigneeId = :id", TicketEntity.class).setParameter("kind", kind)
                    .setParameter("id", assigneeId).getResultList();
            // When each was resolved, in one query for all of them.
            java.util.Map<Long, Instant> resolvedAt = new java.util.HashMap<>();
            List<Long> ids = mine.stream().map(t -> t.id).toList();
            if (!ids.isEmpty()) {
                em.createQuery("SELECT e.ticketId, MAX(e.at) FROM TicketEventEntity e WHERE e.action = :resolve"
                        + " AND e.ticketId IN :ids GROUP BY e.ticketId", Object[].class).setParameter("resolve", "resolve")
                        .setParameter("ids", ids).getResultList()
                        .forEach(row -> resolvedAt.put((Long) row[0], (Instant) row[1]));
            }
            long completed = 0;
            long onTime = 0;
            long evaluations = 0;
            long gradeSum = 0;
            for (TicketEntity t : mine) {
                if (COMPLETED.contains(t.status)) {
                    completed++;
                    Instant at = resolvedAt.get(t.id);
                    if (at != null && t.resolveDue != null && !at.atZone(ZONE).toLocalDate().isAfter(t.resolveDue)) {
                        onTime++;
                    }
                }
                if (t.grade != null) {
                    evaluations++;
                    gradeSum += 5 - t.grade.ordinal();
                }
            }
            long assigned = mine.size();
            long complaints = kind != org.esip.ticketing.api.AssigneeKind.ORGANISATION ? 0
                    : em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.targetKind = :k AND t.targetId = :id",
                            Long.class).setParameter("k", org.esip.ticketing.api.ComplaintTarget.Kind.ORGANISATION)
                            .setParameter("id", assigneeId).getSingleResult();
            return new org.esip.ticketing.api.ServiceRecord(assigned, completed, onTime,
                    assigned == 0 ? null : (double) completed / assigned, completed == 0 ? null : (double) onTime / completed,
                    evaluations, evaluations == 0 ? null : (double) gradeSum / evaluations, complaints);
        });
    }

    /** Tells the ticket's enterprise, in its inbox and through every channel it can be reached by. */
    private void tell(Ticket t, String topic, String detail) {
        notifications.send(Recipient.enterprise(t.enterpriseId()), topic,
                Messages.zh("notice." + topic + ".title", t.title()), Messages.en("notice." + topic + ".title", t.title()),
                Messages.zh("notice." + topic, t.title(), detail), Messages.en("notice." + topic, t.title(), detail), t.id());
    }
}

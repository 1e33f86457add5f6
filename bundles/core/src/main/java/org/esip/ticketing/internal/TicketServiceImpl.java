package org.esip.ticketing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.FileStore;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.StoredFile;
import org.esip.core.api.UnprocessableException;
import org.esip.core.internal.content.ContentStore;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.Search;
import org.esip.core.internal.seam.ArchiveSeal;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.core.internal.seam.Existence;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.line.api.TicketCategory;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertQuery;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffPost;
import org.esip.provider.api.StaffService;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Assignment;
import org.esip.ticketing.api.Attachment;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.ComplaintTarget;
import org.esip.ticketing.api.DispatchSuggestion;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.ServiceRecord;
import org.esip.ticketing.api.Supplement;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketEvent;
import org.esip.ticketing.api.TicketFigures;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketQueue;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketStep;
import org.esip.ticketing.api.TicketSubmission;
import org.esip.ticketing.api.TimeRequest;
import org.esip.ticketing.api.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = TicketService.class, configurationPid = TicketingConfig.PID)
@Designate(ocd = TicketingConfig.class)
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
    private volatile TicketingConfig deadlines;
    private final ArchiveSeal ledger;
    private final ContentStore store;
    private final FileStore files;
    private final EnterpriseService enterprises;
    private final ServiceLineRegistry lines;
    private volatile CategoryDeadlines categoryDays;
    private final AuditRecord audit;
    private final Clock clock = Clock.systemUTC();
    /** Deadlines are days in the platform's region. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Activate
    public TicketServiceImpl(@Reference Jpa jpa, @Reference OrganisationService organisations,
            @Reference ExpertService experts, @Reference StaffService staff, @Reference WorkingCalendar calendar,
            @Reference NotificationService notifications, @Reference ArchiveSeal ledger,
            @Reference ContentStore store, @Reference FileStore files,
            @Reference EnterpriseService enterprises, @Reference ServiceLineRegistry lines,
            @Reference AuditRecord audit, TicketingConfig deadlines) {
        this.audit = audit;
        this.files = files;
        this.lines = lines;
        this.categoryDays = CategoryDeadlines.parse(deadlines.categoryDays());
        this.ledger = ledger;
        this.store = store;
        this.enterprises = enterprises;
        this.notifications = notifications;
        this.jpa = jpa;
        this.organisations = organisations;
        this.experts = experts;
        this.staff = staff;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    /**
     * An operator's edit of {@code etc/org.esip.ticketing.cfg} takes effect for the next step without
     * withdrawing the ticket service (and with it the REST API and every line that depends on it).
     */
    @Modified
    void modified(TicketingConfig changed) {
        this.categoryDays = CategoryDeadlines.parse(changed.categoryDays());
        this.deadlines = changed;
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

    /**
     * The resolution deadline of a ticket, in working days: for a service line's category the platform's
     * override ({@code categoryDays}), else the installed line's default, else (the line is gone) its kind's.
     */
    int resolutionDays(TicketEntity t) {
        if (t.category != null) {
            Optional<Integer> configured = categoryDays.resolutionDays(t.category);
            if (configured.isPresent()) {
                return configured.get();
            }
            Optional<TicketCategory> category = lines.ticketCategory(t.category);
            if (category.isPresent()) {
                return category.get().resolutionDays();
            }
        }
        return resolutionDays(t.kind);
    }

    /** The acceptance deadline of a ticket: its installed line's category's, else the platform's. */
    int acceptanceDays(TicketEntity t) {
        return Optional.ofNullable(t.category).flatMap(lines::ticketCategory).map(TicketCategory::acceptanceDays)
                .orElse(deadlines.acceptanceDays());
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
        String domain = domain(v, s.domain());
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
        if (key != null) {
            Optional<Ticket> earlier = byKey(actor, key, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            // Only database work: after a deadlock or lock timeout among simultaneous submissions it runs again.
            Ticket created = jpa.inTransaction(em -> {
                Long servicePoint = s.servicePointId();
                if (servicePoint != null && !Existence.exists(em, Existence.Of.SERVICE_POINT, servicePoint)) {
                    v.add("servicePointId", "ticket.service-point-unknown", Long.toString(servicePoint)).throwIfAny();
                }
                if (servicePoint == null && channel == Channel.WINDOW) {
                    servicePoint = servicePointOfStaff(em, actor);
                }
                // Existence only: em.find would load the enterprise with its qualifications and tags (two eager
                // collections, three statements) to throw them away (issue 16).
                if (!Existence.exists(em, Existence.Of.ENTERPRISE, enterpriseId)) {
                    v.add("enterpriseId", "enterprise.unknown", Long.toString(enterpriseId)).throwIfAny();
                }
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
                t.acceptDue = calendar.addWorkingDays(today(), acceptanceDays(t));
                if (receives(actor)) {
                    t.owner = actor.username();
                }
                em.persist(t);
                em.flush();
                event(em, t, actor, "submit", null, channel, t.appointmentAt == null ? null
                        : Messages.zh("ticket.appointment", Appointments.text(t.appointmentAt)));
                return t.toDto();
            }, Jpa.Retry.TRANSIENT);
            // Clause 5.4.1.1: the enterprise is told the basic service procedure (Appendix A) on submission.
            tell(created, "ticket.submitted", String.valueOf(created.acceptDue()));
            return created;
        } catch (PersistenceException e) {
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
        boolean lineKey = key.startsWith("line:");
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

    /** Every step goes into the ticket's timeline and, in the same transaction, into the audit log. */
    private void event(EntityManager em, TicketEntity t, Actor actor, String action, TicketStatus from,
            Channel channel, String remark) {
        em.persist(new TicketEventEntity(t.id, Instant.now(clock), actor.username(), action, from, t.status, channel,
                remark));
        audit.record(em, actor, action, "ticket", t.id, new Changes()
                .field("status", from == null ? null : from.name(), t.status.name()));
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
    public Page<Ticket> list(Long enterpriseId, TicketStatus status, String owner, TicketKind kind, PageRequest page) {
        return jpa.read(em -> new Search().equal("e.enterpriseId", enterpriseId).equal("e.status", status)
                .equal("e.kind", kind)
                .equal("e.owner", owner == null || owner.isBlank() ? null : owner.strip())
                .page(em, TicketEntity.class, "e.createdAt DESC, e.id DESC", page, List.of(), TicketEntity::toDto));
    }

    @Override
    public List<TicketStep> allowedSteps(long id, String username) {
        return jpa.read(em -> {
            TicketEntity t = em.find(TicketEntity.class, id);
            if (t == null) {
                throw notFound(id);
            }
            boolean infoRequested = t.infoRequestedRevision != null && t.infoRequestedRevision == t.submissionRevision;
            List<TicketStep> steps = new ArrayList<>(TicketSteps.allowed(t.toDto(), infoRequested, username));
            if (username != null && !mayAnswerStaffOffer(username, isAdministrator(em, username), t)) {
                // A staff member's offer is answered by that member's own account (or a supervisor's).
                steps.remove(TicketStep.SIGN);
                steps.remove(TicketStep.RETURN);
            }
            return steps;
        });
    }

    @Override
    public Page<Ticket> queue(TicketQueue queue, String username, PageRequest page) {
        Search search = new Search();
        switch (queue) {
            case NEW -> search.equal("e.status", TicketStatus.SUBMITTED);
            case MINE -> search.equal("e.owner", username == null ? "" : username).notIn("e.status", TicketFiguresQuery.FINISHED);
            case OVERDUE -> search.flag("e.overdue", true).notIn("e.status", TicketFiguresQuery.FINISHED);
            case PROBLEM -> search.flag("e.problem", true).notIn("e.status", TicketFiguresQuery.FINISHED);
            case WAITING -> search.where("(e.requestKind IS NOT NULL OR e.status = :waitAccepted AND e.returnCount > 0)",
                    "waitAccepted", TicketStatus.ACCEPTED);
        }
        return jpa.read(em -> search.page(em, TicketEntity.class, "e.createdAt, e.id", page, List.of(), TicketEntity::toDto));
    }

    @Override
    public TicketFigures figures(String regionPrefix, LocalDate from, LocalDate to) {
        Instant start = from == null ? null : from.atStartOfDay(ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
        String prefix = regionPrefix == null || regionPrefix.isBlank() ? null : regionPrefix.strip();
        return jpa.read(em -> new TicketFiguresQuery(prefix, start, end).compute(em, ZONE));
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
        return step(actor, id, version, target, transition, action, channel, remark, change, (em, t) -> { });
    }

    /** A step, then {@code after} in the same transaction once the step is in the timeline. */
    private Ticket step(Actor actor, long id, long version, TicketStatus target, boolean transition, String action,
            Channel channel, String remark, Consumer<TicketEntity> change,
            BiConsumer<EntityManager, TicketEntity> after) {
        return jpa.inTransaction(em -> {
            // The row is locked for the step: of two people pressing the same step at once, the second waits for
            // the first, then sees the version it made and gets a 409 naming it (never a failed commit, a 500).
            TicketEntity t = em.find(TicketEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
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
            after.accept(em, t);
            return t.toDto();
        });
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

    /** A service domain by name, or a violation on {@code domain}. */
    private static String domain(Violations v, String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        try {
            return ServiceDomain.valueOf(domain.strip()).name();
        } catch (IllegalArgumentException e) {
            v.add("domain", "ticket.domain-unknown", domain.strip());
            return null;
        }
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
        return accept(actor, id, version, remark, null);
    }

    @Override
    public Ticket accept(Actor actor, long id, long version, String remark, String domain) {
        String r = optional("remark", remark, 1000);
        Violations v = new Violations();
        String d = domain(v, domain);
        v.throwIfAny();
        LocalDate today = today();
        Ticket accepted = move(actor, id, version, TicketStatus.ACCEPTED, "accept", null, r, t -> {
            t.resolveDue = calendar.addWorkingDays(today, resolutionDays(t));
            if (d != null) {
                t.domain = d;
            }
        });
        tell(accepted, "ticket.accepted", String.valueOf(accepted.resolveDue()));
        return accepted;
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
        // The original application (预约申请, clause 6.4.1) is kept; each supplement is added to it, dated.
        return move(actor, id, version, TicketStatus.SUBMITTED, "supply-info", null, d, t -> {
            if (d.equals(Supplements.latest(t.description, t.supplements))) {
                new Violations().add("description", "ticket.info-unchanged").throwIfAny();
            }
            t.supplements = Supplements.append(t.supplements,
                    new Supplement(Instant.now(clock), actor.username(), d));
            t.submissionRevision++;
            // The clock stood still while the platform waited for the enterprise; a new one starts now.
            t.acceptDue = calendar.addWorkingDays(today(), acceptanceDays(t));
            t.escalatedStages = Stages.without(t.escalatedStages, Stage.ACCEPT);
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
        Ticket assigned = move(actor, id, version, TicketStatus.ASSIGNED, "assign", null,
                assignment.kind() + " " + name + (remark == null ? "" : "：" + remark), t -> {
                    t.assigneeKind = assignment.kind();
                    t.assigneeId = assignment.id();
                    t.assigneeName = name;
                    t.assignmentRemark = remark;
                    t.signedAt = null;
                    t.handlerCount++;
                    // A new offer: its refusal deadline runs now; the handler's own clock starts at sign-for.
                    t.offerDue = calendar.addWorkingDays(today(), deadlines.offerDays());
                    t.handlerDue = null;
                    t.escalatedStages = Stages.without(t.escalatedStages, Stage.OFFER, Stage.HANDLE);
                });
        tellAssignee(assigned);
        tell(assigned, "ticket.handler-changed", name);
        return assigned;
    }

    /**
     * Tells the accounts of the organisation, expert or staff member a ticket was dispatched to that it is
     * theirs, with the deadline to sign for it or return it.
     */
    private void tellAssignee(Ticket t) {
        Assignment a = t.assignment();
        if (a == null || a.id() == null) {
            return;
        }
        String field = switch (a.kind()) {
            case ORGANISATION -> "organisationId";
            case EXPERT -> "expertId";
            case STAFF -> "staffId";
            case DEPARTMENT -> null;
        };
        if (field == null) {
            return;
        }
        List<String> to = jpa.read(em -> em.createQuery("SELECT a.username FROM AccountEntity a WHERE a." + field
                + " = :id AND a.enabled = :on ORDER BY a.username", String.class).setParameter("id", a.id())
                // A bound parameter, not a literal: Derby compares no BOOLEAN column with the 1 EclipseLink writes.
                .setParameter("on", true).getResultList());
        String due = String.valueOf(t.offerDue());
        for (String username : to) {
            notifications.send(Recipient.account(username), "ticket.offered",
                    Messages.zh("notice.ticket.offered.title", String.valueOf(t.id())),
                    Messages.en("notice.ticket.offered.title", String.valueOf(t.id())),
                    Messages.zh("notice.ticket.offered", t.title(), due), Messages.en("notice.ticket.offered", t.title(), due),
                    t.id());
        }
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
            requireStaffAssignee(actor, t);
            t.signedAt = Instant.now(clock);
            // The handler's own clock starts now (签收).
            t.handlerDue = calendar.addWorkingDays(today(), t.assigneeKind == AssigneeKind.DEPARTMENT
                    ? deadlines.departmentReplyDays() : resolutionDays(t));
        });
    }

    /**
     * A ticket assigned to a staff member is signed for or returned by that member's account (its
     * {@code staffId}), by an administrator, or by an account of a director or deputy director (主任, 副主任), who
     * supervise the staff; anyone else gets a 409 on field {@code assignment.id}.
     */
    private void requireStaffAssignee(Actor actor, TicketEntity t) {
        if (mayAnswerStaffOffer(actor.username(), actor.has(Role.ADMIN), t)) {
            return;
        }
        throw new ConflictException("ticket.not-the-assignee", "assignment.id",
                Messages.zh("ticket.not-the-assignee", t.assigneeName), Messages.en("ticket.not-the-assignee", t.assigneeName));
    }

    /** Whether this account may sign for or return {@code t} (always, unless it is assigned to a staff member). */
    private boolean mayAnswerStaffOffer(String username, boolean administrator, TicketEntity t) {
        if (t.assigneeKind != AssigneeKind.STAFF || t.assigneeId == null || administrator || username.startsWith("system:")) {
            return true;
        }
        Long own = jpa.read(em -> em.createQuery("SELECT a.staffId FROM AccountEntity a WHERE a.username = :u", Long.class)
                .setParameter("u", username).getResultList().stream().filter(Objects::nonNull)
                .findFirst().orElse(null));
        if (own == null) {
            return false;
        }
        if (own.longValue() == t.assigneeId) {
            return true;
        }
        StaffMember me = staff.get(own);
        return me.active() && (me.post() == StaffPost.DIRECTOR
                || me.post() == StaffPost.DEPUTY_DIRECTOR);
    }

    private static boolean isAdministrator(EntityManager em, String username) {
        return em.createQuery("SELECT COUNT(a) FROM AccountEntity a WHERE a.username = :u AND :admin MEMBER OF a.roles",
                Long.class).setParameter("u", username).setParameter("admin", Role.ADMIN).getSingleResult() > 0;
    }

    @Override
    public Ticket giveBack(Actor actor, long id, long version, String reason) {
        String r = required("reason", reason, 1000);
        boolean[] becameProblem = {false};
        Ticket t = move(actor, id, version, TicketStatus.ACCEPTED, "return", null, r, e -> {
            requireStaffAssignee(actor, e);
            e.returnCount++;
            e.assigneeKind = null;
            e.assigneeId = null;
            e.assigneeName = null;
            e.assignmentRemark = null;
            e.signedAt = null;
            e.offerDue = null;
            e.handlerDue = null;
            if (!e.problem && (e.returnCount >= deadlines.problemReturns()
                    || e.handlerCount >= deadlines.problemHandlers())) {
                e.problem = true;
                becameProblem[0] = true;
            }
        });
        // The enterprise's ticket is back with the platform: its handler changed.
        tell(t, "ticket.handler-changed", Messages.zh("ticket.handler-platform"), Messages.en("ticket.handler-platform"));
        if (becameProblem[0]) {
            for (String head : platformHeads()) {
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
    public Page<Ticket> assignedTo(AssigneeKind kind, long assigneeId, TicketKind ticketKind,
            PageRequest page) {
        return jpa.read(em -> new Search().equal("e.assigneeKind", kind).equal("e.assigneeId", assigneeId)
                .equal("e.kind", ticketKind)
                .page(em, TicketEntity.class, "e.createdAt DESC, e.id DESC", page, List.of(), TicketEntity::toDto));
    }

    static final BigDecimal FEE_MAX = new BigDecimal("9999999999.99");

    @Override
    public Ticket resolve(Actor actor, long id, long version, String result, BigDecimal fee) {
        String r = required("result", result, DESCRIPTION_MAX);
        if (fee != null && (fee.signum() < 0 || fee.scale() > 2 && fee.stripTrailingZeros().scale() > 2
                || fee.compareTo(FEE_MAX) > 0)) {
            new Violations().add("fee", "ticket.fee-invalid").throwIfAny();
        }
        return move(actor, id, version, TicketStatus.RESOLVED, "resolve", null,
                r + (fee == null ? "" : "（" + Messages.zh("ticket.fee", fee.toPlainString()) + "）"), t -> {
                    t.result = r;
                    t.fee = fee == null ? null : fee.setScale(2, RoundingMode.UNNECESSARY);
                    t.deferredUntil = null;
                });
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
        return step(actor, id, version, TicketStatus.EVALUATED, true, "evaluate", null, grade + (c == null ? "" : " " + c),
                t -> {
                    t.grade = grade;
                    t.evaluationComment = c;
                    t.correctionNeeded = grade.needsCorrection();
                    if (t.correctionNeeded) {
                        // A correction task (整改) with its own deadline, followed by a revisit.
                        t.correctionDue = calendar.addWorkingDays(today(), deadlines.correctionDays());
                    }
                }, (em, t) -> {
                    if (t.correctionNeeded) {
                        String what = t.title + "（" + gradeZh(grade) + "）";
                        String whatEn = t.title + " (" + grade.name() + ")";
                        for (String to : accountable(t)) {
                            notifications.send(Recipient.account(to), "ticket.correction",
                                    Messages.zh("notice.ticket.correction.title", String.valueOf(t.id)),
                                    Messages.en("notice.ticket.correction.title", String.valueOf(t.id)),
                                    Messages.zh("notice.ticket.correction", what, t.correctionDue),
                                    Messages.en("notice.ticket.correction", whatEn, t.correctionDue), t.id);
                        }
                    }
                });
    }

    /** The platform heads, whether configured as a list or as one comma-separated value of a .cfg file. */
    List<String> platformHeads() {
        return Arrays.stream(deadlines.platformHeads()).flatMap(h -> Arrays.stream(h.split(",")))
                .map(String::strip).filter(h -> !h.isEmpty()).distinct().toList();
    }

    /** The ticket's owner and the platform heads: who answers for it. */
    private List<String> accountable(TicketEntity t) {
        List<String> to = new ArrayList<>();
        if (t.owner != null) {
            to.add(t.owner);
        }
        for (String head : platformHeads()) {
            if (!to.contains(head)) {
                to.add(head);
            }
        }
        return to;
    }

    @Override
    public Ticket recordCorrection(Actor actor, long id, long version, String remark) {
        String r = required("remark", remark, 1000);
        return note(actor, id, version, "correct", r, t -> {
            if (t.status != TicketStatus.EVALUATED || !t.correctionNeeded || t.correctedAt != null) {
                throw new ConflictException("ticket.correction-not-open", "status",
                        Messages.zh("ticket.correction-not-open", t.status), Messages.en("ticket.correction-not-open", t.status));
            }
            t.correctedAt = Instant.now(clock);
        });
    }

    @Override
    public Ticket close(Actor actor, long id, long version, String remark) {
        String r = optional("remark", remark, 1000);
        return step(actor, id, version, TicketStatus.CLOSED, true, "close", null, r, t -> {
            if (t.status == TicketStatus.EVALUATED && t.correctionNeeded && t.correctedAt == null) {
                throw new ConflictException("ticket.correction-pending", "correction",
                        Messages.zh("ticket.correction-pending", t.correctionDue), Messages.en("ticket.correction-pending", t.correctionDue));
            }
        }, (em, t) -> ledger.seal(em, t.id, t.enterpriseId, actor.username(), archiveContent(em, t)));
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
        return step(actor, id, current.version(), null, false, "revisit", null, r, t -> {
            if (t.revisitDeclined) {
                throw new ConflictException("ticket.revisit-declined", "status", Messages.zh("ticket.revisit-declined"),
                        Messages.en("ticket.revisit-declined"));
            }
        }, (em, t) -> ledger.appendRevisit(em, t.id, actor.username(), r));
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

    static String gradeZh(SatisfactionGrade g) {
        return switch (g) {
            case VERY_SATISFIED -> "非常满意";
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case DISSATISFIED -> "不满意";
            case VERY_DISSATISFIED -> "非常不满意";
        };
    }

    @Override
    public List<Ticket> escalateOverdue(LocalDate asOf) {
        return escalateOverdue(asOf, false);
    }

    @Override
    public List<Ticket> escalateOverdue(LocalDate asOf, boolean dryRun) {
        if (dryRun) {
            return wouldEscalate(asOf);
        }
        List<Ticket> escalated = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            // Approaching: the last day of a stage reminds who answers for it, once.
            escalate(stage, true, asOf, new ArrayList<>());
            escalate(stage, false, asOf, escalated);
        }
        return escalated;
    }

    /** The tickets a check as of {@code asOf} would escalate, read only: nothing is marked, recorded or sent. */
    private List<Ticket> wouldEscalate(LocalDate asOf) {
        Map<Long, Ticket> found = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            String key = Stages.key(stage, false);
            jpa.read(em -> em.createQuery("SELECT e FROM TicketEntity e WHERE " + stage.due + " < :asOf"
                    + " AND e.status IN :statuses" + stage.extra
                    + " AND (e.deferredUntil IS NULL OR e.deferredUntil < :asOf) ORDER BY e.id", TicketEntity.class)
                    .setParameter("asOf", asOf).setParameter("statuses", stage.statuses).getResultList())
                    .stream().filter(t -> !Stages.contains(t.escalatedStages, key))
                    .forEach(t -> found.putIfAbsent(t.id, t.toDto()));
        }
        return new ArrayList<>(found.values());
    }

    private void escalate(Stage stage, boolean reminder, LocalDate asOf, List<Ticket> out) {
        String key = Stages.key(stage, reminder);
        List<Object[]> candidates = jpa.read(em -> em.createQuery("SELECT e.id, e.version, e.escalatedStages"
                + " FROM TicketEntity e WHERE " + stage.due + (reminder ? " = :asOf" : " < :asOf")
                + " AND e.status IN :statuses" + stage.extra
                + " AND (e.deferredUntil IS NULL OR e.deferredUntil < :asOf)", Object[].class)
                .setParameter("asOf", asOf).setParameter("statuses", stage.statuses).getResultList());
        Actor watch = Actor.system("deadline-watch");
        for (Object[] c : candidates) {
            long id = (Long) c[0];
            long version = (Long) c[1];
            String stages = (String) c[2];
            if (Stages.contains(stages, key)) {
                continue;
            }
            jpa.inTransaction(em -> {
                // Conditional update on the version read: of several nodes checking at once, exactly one wins.
                int won = em.createQuery("UPDATE TicketEntity e SET e.escalatedStages = :stages,"
                        + " e.version = e.version + 1 WHERE e.id = :id AND e.version = :version")
                        .setParameter("stages", Stages.with(stages, key)).setParameter("id", id)
                        .setParameter("version", version).executeUpdate();
                if (won == 1) {
                    TicketEntity t = em.find(TicketEntity.class, id);
                    em.refresh(t);
                    LocalDate dueDate = stage.dueOf(t);
                    String owner = t.owner == null ? "—" : t.owner;
                    String what = stage + " " + dueDate;
                    String notice = reminder ? "ticket.due" : "ticket.escalated";
                    if (!reminder) {
                        // Through the mapping, not the bulk update: EclipseLink writes a bare Boolean as 1 for Derby.
                        t.overdue = true;
                        out.add(t.toDto());
                    }
                    event(em, t, watch, reminder ? "remind" : "escalate", t.status, null,
                            Messages.zh(notice, stage, dueDate, owner) + " / " + Messages.en(notice, stage, dueDate, owner));
                    for (String to : accountable(t)) {
                        notifications.send(Recipient.account(to), notice,
                                Messages.zh("notice." + notice + ".title", String.valueOf(t.id)), Messages.en("notice." + notice + ".title", String.valueOf(t.id)),
                                Messages.zh("notice." + notice, t.title, what), Messages.en("notice." + notice, t.title, what), t.id);
                    }
                }
                return null;
            });
        }
    }

    @Override
    public Ticket requestTime(Actor actor, long id, long version, TimeRequest.Kind kind, int workingDays, String reason) {
        Violations v = new Violations();
        v.requirePresent("kind", kind);
        String r = v.requireText("reason", reason, 1000);
        if (workingDays < 1 || workingDays > deadlines.maxRequestDays()) {
            v.add("workingDays", "ticket.request-days", deadlines.maxRequestDays());
        }
        v.throwIfAny();
        String action = kind == TimeRequest.Kind.EXTENSION ? "request-extension" : "request-deferral";
        Ticket t = note(actor, id, version, action, workingDays + " " + r, e -> {
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
        for (String head : platformHeads()) {
            notifications.send(Recipient.account(head), "ticket.time-requested",
                    Messages.zh("notice.ticket.time-requested.title", String.valueOf(t.id())),
                    Messages.en("notice.ticket.time-requested.title", String.valueOf(t.id())),
                    Messages.zh("notice.ticket.time-requested", t.title(), workingDays, r),
                    Messages.en("notice.ticket.time-requested", t.title(), workingDays, r), t.id());
        }
        return t;
    }

    @Override
    public Ticket decideTime(Actor actor, long id, long version, boolean approve, String remark) {
        String r = approve ? optional("remark", remark, 1000) : required("remark", remark, 1000);
        String[] requester = {null};
        Ticket t = note(actor, id, version, approve ? "approve-time" : "refuse-time", r, e -> {
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
                LocalDate today = today();
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
            notifications.send(Recipient.account(requester[0]), key,
                    Messages.zh("notice." + key + ".title", String.valueOf(t.id())), Messages.en("notice." + key + ".title", String.valueOf(t.id())),
                    Messages.zh("notice." + key, t.title(), detail), Messages.en("notice." + key, t.title(), detail), t.id());
        }
        return t;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public Ticket appoint(Actor actor, long id, long version, Instant appointmentAt, String remark) {
        String r = optional("remark", remark, 500);
        Violations v = new Violations();
        v.requirePresent("appointmentAt", appointmentAt);
        v.throwIfAny();
        String when = Appointments.text(appointmentAt);
        Ticket t = note(actor, id, version, "appoint", Messages.zh("ticket.appointment", when) + (r == null ? "" : "：" + r), e -> {
            if (FINISHED.contains(e.status) || COMPLETED.contains(e.status)) {
                throw new ConflictException("ticket.appointment-finished", "status",
                        Messages.zh("ticket.appointment-finished", e.status), Messages.en("ticket.appointment-finished", e.status));
            }
            if (appointmentAt.isBefore(e.createdAt)) {
                new Violations().add("appointmentAt", "ticket.appointment-before-submission").throwIfAny();
            }
            e.appointmentAt = appointmentAt;
        });
        tell(t, "ticket.appointed", when + (r == null ? "" : "（" + r + "）"));
        return t;
    }

    private static final List<TicketStatus> DISPATCHED = List.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS);

    @Override
    public boolean dispatchedTo(AssigneeKind kind, long assigneeId, long enterpriseId) {
        return jpa.read(em -> em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.enterpriseId = :e"
                + " AND t.assigneeKind = :k AND t.assigneeId = :a AND t.status IN :open", Long.class)
                .setParameter("e", enterpriseId).setParameter("k", kind).setParameter("a", assigneeId)
                .setParameter("open", DISPATCHED).getSingleResult()) > 0;
    }

    @Override
    public boolean ticketDispatchedTo(long ticketId, AssigneeKind kind, long assigneeId) {
        return jpa.read(em -> Optional.ofNullable(em.find(TicketEntity.class, ticketId))
                .filter(t -> t.assigneeKind == kind && t.assigneeId != null && t.assigneeId == assigneeId
                        && DISPATCHED.contains(t.status)).isPresent());
    }

    @Override
    public Ticket link(Actor actor, long id, long otherId, String remark) {
        String r = optional("remark", remark, 500);
        if (id == otherId) {
            new Violations().add("otherId", "ticket.link-self").throwIfAny();
        }
        return jpa.inTransaction(em -> {
            TicketEntity t = em.find(TicketEntity.class, id);
            TicketEntity other = em.find(TicketEntity.class, otherId);
            if (t == null) {
                throw notFound(id);
            }
            if (other == null) {
                new Violations().add("otherId", "ticket.not-found", Long.toString(otherId)).throwIfAny();
            }
            if (em.find(TicketLinkEntity.class, new TicketLinkEntity.Key(id, otherId)) != null) {
                throw new ConflictException("ticket.already-linked", "otherId",
                        Messages.zh("ticket.already-linked", id, otherId), Messages.en("ticket.already-linked", id, otherId));
            }
            Instant now = Instant.now(clock);
            em.persist(new TicketLinkEntity(id, otherId, now, actor.username(), r));
            em.persist(new TicketLinkEntity(otherId, id, now, actor.username(), r));
            event(em, t, actor, "link", t.status, null, "#" + otherId + (r == null ? "" : " " + r));
            event(em, other, actor, "link", other.status, null, "#" + id + (r == null ? "" : " " + r));
            return t.toDto();
        });
    }

    @Override
    public List<Ticket> linked(long id) {
        get(id);
        return jpa.read(em -> em.createQuery("SELECT t FROM TicketEntity t, TicketLinkEntity l WHERE l.ticketId = :id"
                + " AND t.id = l.linkedId ORDER BY t.id", TicketEntity.class).setParameter("id", id).getResultList()
                .stream().map(TicketEntity::toDto).toList());
    }

    private static final List<TicketStatus> FINISHED = List.of(TicketStatus.REJECTED, TicketStatus.CLOSED,
            TicketStatus.MERGED);

    @Override
    public Ticket merge(Actor actor, long id, long version, long intoId, String remark) {
        String r = optional("remark", remark, 500);
        if (id == intoId) {
            new Violations().add("intoId", "ticket.link-self").throwIfAny();
        }
        return step(actor, id, version, TicketStatus.MERGED, true, "merge", null, "→ #" + intoId + (r == null ? "" : " " + r),
                t -> t.mergedInto = intoId, (em, t) -> {
                    TicketEntity into = em.find(TicketEntity.class, intoId);
                    if (into == null) {
                        new Violations().add("intoId", "ticket.not-found", Long.toString(intoId)).throwIfAny();
                    }
                    if (into.enterpriseId != t.enterpriseId || FINISHED.contains(into.status)) {
                        throw new ConflictException("ticket.merge-target", "intoId",
                                Messages.zh("ticket.merge-target", intoId, into.status),
                                Messages.en("ticket.merge-target", intoId, into.status));
                    }
                    event(em, into, actor, "merged-in", into.status, null, "← #" + t.id + (r == null ? "" : " " + r));
                    if (em.find(TicketLinkEntity.class, new TicketLinkEntity.Key(t.id, intoId)) == null) {
                        Instant now = Instant.now(clock);
                        em.persist(new TicketLinkEntity(t.id, intoId, now, actor.username(), r));
                        em.persist(new TicketLinkEntity(intoId, t.id, now, actor.username(), r));
                    }
                });
    }

    @Override
    public List<DispatchSuggestion> suggestAssignees(long id, int limit) {
        Ticket t = get(id);
        String region = enterprises.get(t.enterpriseId()).regionCode();
        ServiceDomain domain = t.domain() == null ? null : ServiceDomain.valueOf(t.domain());
        return DispatchAdvisor.rank(domain, region, candidates(), this::recordOf, openLoads(), Math.max(1, Math.min(limit, 50)));
    }

    /** Admitted organisations and pooled experts, as candidates. */
    private List<DispatchAdvisor.Candidate> candidates() {
        List<DispatchAdvisor.Candidate> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var p = organisations.search(new OrganisationQuery(null, null, null, null,
                    OrganisationStatus.ADMITTED, null, null), new PageRequest(page, 200));
            p.items().forEach(o -> all.add(new DispatchAdvisor.Candidate(AssigneeKind.ORGANISATION, o.id(), o.name(),
                    o.domains(), o.regionCode())));
            if (p.items().size() < 200) {
                break;
            }
        }
        for (int page = 0; ; page++) {
            var p = experts.search(new ExpertQuery(null, null, null, null, true, null, null),
                    new PageRequest(page, 200));
            p.items().forEach(e -> all.add(new DispatchAdvisor.Candidate(AssigneeKind.EXPERT, e.id(), e.name(),
                    e.domains(), e.regionCode())));
            if (p.items().size() < 200) {
                break;
            }
        }
        return all;
    }

    /** How many unresolved tickets each organisation and expert holds now. */
    private Map<String, Long> openLoads() {
        Map<String, Long> loads = new HashMap<>();
        jpa.read(em -> em.createQuery("SELECT t.assigneeKind, t.assigneeId, COUNT(t) FROM TicketEntity t WHERE"
                + " t.assigneeId IS NOT NULL AND t.status IN :open GROUP BY t.assigneeKind, t.assigneeId", Object[].class)
                .setParameter("open", List.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS)).getResultList())
                .forEach(row -> loads.put(row[0] + ":" + row[1], (Long) row[2]));
        return loads;
    }

    @Override
    public Attachment attach(Actor actor, long ticketId, String fileName, byte[] content) {
        Ticket current = get(ticketId);
        if (FINISHED.contains(current.status())) {
            throw new ConflictException("attachment.ticket-finished", "status",
                    Messages.zh("attachment.ticket-finished", current.status()), Messages.en("attachment.ticket-finished", current.status()));
        }
        // Checked and in the store before the row that refers to it commits.
        StoredFile stored = files.store(fileName, content);
        String name = stored.fileName();
        String type = stored.contentType();
        String sha = stored.sha256();
        return jpa.inTransaction(em -> {
            TicketEntity t = em.find(TicketEntity.class, ticketId);
            AttachmentEntity a = new AttachmentEntity();
            a.ticketId = ticketId;
            a.fileName = name;
            a.contentType = type;
            a.size = content.length;
            a.sha256 = sha;
            a.uploadedBy = actor.username();
            a.uploadedAt = Instant.now(clock);
            em.persist(a);
            em.flush();
            event(em, t, actor, "attach", t.status, null, name + " (" + content.length + " B, SHA-256 " + sha + ")");
            return a.toDto();
        });
    }

    @Override
    public List<Attachment> attachments(long ticketId) {
        get(ticketId);
        return jpa.read(em -> em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.ticketId = :t ORDER BY a.id",
                AttachmentEntity.class).setParameter("t", ticketId).getResultList().stream().map(AttachmentEntity::toDto)
                .toList());
    }

    @Override
    public Attachment attachment(long ticketId, long attachmentId) {
        return jpa.read(em -> Optional.ofNullable(em.find(AttachmentEntity.class, attachmentId))
                .filter(a -> a.ticketId == ticketId).map(AttachmentEntity::toDto)
                .orElseThrow(() -> new NotFoundException("attachment.not-found",
                        Messages.zh("attachment.not-found", attachmentId, ticketId),
                        Messages.en("attachment.not-found", attachmentId, ticketId))));
    }

    @Override
    public byte[] attachmentContent(long ticketId, long attachmentId) {
        Attachment a = attachment(ticketId, attachmentId);
        return store.read(a.sha256()).orElseThrow(() -> new ConflictException("attachment.damaged", "file",
                Messages.zh("attachment.damaged", a.fileName(), a.sha256()), Messages.en("attachment.damaged", a.fileName(), a.sha256())));
    }

    /** The sealed file of a closed ticket (clause 6.4.1), as JSON. */
    private String archiveContent(EntityManager em, TicketEntity t) {
        List<TicketEvent> events = em.createQuery("SELECT e FROM TicketEventEntity e WHERE e.ticketId = :id ORDER BY e.id",
                TicketEventEntity.class).setParameter("id", t.id).getResultList().stream().map(TicketEventEntity::toDto).toList();
        List<Attachment> files = em.createQuery("SELECT a FROM AttachmentEntity a WHERE a.ticketId = :t ORDER BY a.id",
                AttachmentEntity.class).setParameter("t", t.id).getResultList().stream().map(AttachmentEntity::toDto).toList();
        return TicketFile.json(t.toDto(), enterprises.get(t.enterpriseId), events, files, Instant.now(clock));
    }

    private static final List<TicketStatus> COMPLETED = List.of(TicketStatus.RESOLVED, TicketStatus.FEEDBACK_SENT,
            TicketStatus.EVALUATED, TicketStatus.CLOSED);

    @Override
    public ServiceRecord recordOf(AssigneeKind kind, long assigneeId) {
        return jpa.read(em -> {
            List<TicketEntity> mine = em.createQuery("SELECT t FROM TicketEntity t WHERE t.assigneeKind = :kind"
                    + " AND t.assigneeId = :id", TicketEntity.class).setParameter("kind", kind)
                    .setParameter("id", assigneeId).getResultList();
            // When each was resolved, in one query for all of them.
            Map<Long, Instant> resolvedAt = new HashMap<>();
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
            long complaints = kind != AssigneeKind.ORGANISATION ? 0
                    : em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.targetKind = :k AND t.targetId = :id",
                            Long.class).setParameter("k", ComplaintTarget.Kind.ORGANISATION)
                            .setParameter("id", assigneeId).getSingleResult();
            return new ServiceRecord(assigned, completed, onTime,
                    assigned == 0 ? null : (double) completed / assigned, completed == 0 ? null : (double) onTime / completed,
                    evaluations, evaluations == 0 ? null : (double) gradeSum / evaluations, complaints);
        });
    }

    /** Tells the ticket's enterprise, in its inbox and through every channel it can be reached by. */
    private void tell(Ticket t, String topic, String detail) {
        tell(t, topic, detail, detail);
    }

    private void tell(Ticket t, String topic, String detailZh, String detailEn) {
        notifications.send(Recipient.enterprise(t.enterpriseId()), topic,
                Messages.zh("notice." + topic + ".title", t.title()), Messages.en("notice." + topic + ".title", t.title()),
                Messages.zh("notice." + topic, t.title(), detailZh), Messages.en("notice." + topic, t.title(), detailEn), t.id());
    }
}

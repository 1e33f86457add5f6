package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.Search;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertQuery;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffService;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Assignment;
import org.esip.ticketing.api.DispatchSuggestion;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.WorkingCalendar;

/**
 * Dispatch (派单) of an accepted ticket to an organisation, expert, staff member or department, and its answer: the
 * assignee signs for it (签收, its own clock starts) or returns it (退单; too many returns or handlers make it a
 * problem ticket), then starts once both sides docked. Also who a ticket is dispatched to now (clause 5.4.1.2 b) and
 * the suggested assignees.
 */
final class TicketDispatch {
    private static final List<TicketStatus> DISPATCHED = List.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS);

    private final Jpa jpa;
    private final OrganisationService organisations;
    private final ExpertService experts;
    private final StaffService staff;
    private final EnterpriseService enterprises;
    private final WorkingCalendar calendar;
    private final TicketDeadlines deadlines;
    private final StepTransaction steps;
    private final StaffOffers offers;
    private final TicketNotices notices;
    private final TicketQueries queries;
    private final ServiceRecords records;
    private final Clock clock;

    TicketDispatch(Jpa jpa, OrganisationService organisations, ExpertService experts, StaffService staff,
            EnterpriseService enterprises, WorkingCalendar calendar, TicketDeadlines deadlines, StepTransaction steps,
            StaffOffers offers, TicketNotices notices, TicketQueries queries, ServiceRecords records, Clock clock) {
        this.jpa = jpa;
        this.organisations = organisations;
        this.experts = experts;
        this.staff = staff;
        this.enterprises = enterprises;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.steps = steps;
        this.offers = offers;
        this.notices = notices;
        this.queries = queries;
        this.records = records;
        this.clock = clock;
    }

    Ticket assign(Actor actor, long id, long version, Assignment assignment) {
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
        String remark = StepInput.optional("assignment.remark", assignment.remark(), 500);
        Ticket assigned = steps.move(actor, id, version, TicketStatus.ASSIGNED, "assign", null,
                assignment.kind() + " " + name + (remark == null ? "" : "：" + remark), t -> {
                    t.assigneeKind = assignment.kind();
                    t.assigneeId = assignment.id();
                    t.assigneeName = name;
                    t.assignmentRemark = remark;
                    t.signedAt = null;
                    t.handlerCount++;
                    // A new offer: its refusal deadline runs now; the handler's own clock starts at sign-for.
                    t.offerDue = calendar.addWorkingDays(deadlines.today(), deadlines.config().offerDays());
                    t.handlerDue = null;
                    t.escalatedStages = Stages.without(t.escalatedStages, Stage.OFFER, Stage.HANDLE);
                });
        tellAssignee(assigned);
        notices.tellEnterprise(assigned, "ticket.handler-changed", name);
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
            notices.tellAccount(username, "ticket.offered", t.id(), t.title(), due);
        }
    }

    Ticket start(Actor actor, long id, long version, String agreedScopeAndPeriod) {
        String r = StepInput.required("remark", agreedScopeAndPeriod, 1000);
        return steps.move(actor, id, version, TicketStatus.IN_PROGRESS, "start", null, r, t -> {
            if (t.signedAt == null) {
                throw new ConflictException("ticket.not-signed", "status", Messages.zh("ticket.not-signed"),
                        Messages.en("ticket.not-signed"));
            }
        });
    }

    Ticket sign(Actor actor, long id, long version) {
        return steps.note(actor, id, version, "sign", null, t -> {
            if (t.status != TicketStatus.ASSIGNED || t.signedAt != null) {
                throw new ConflictException("ticket.sign", "status", Messages.zh("ticket.sign", t.status),
                        Messages.en("ticket.sign", t.status));
            }
            offers.requireStaffAssignee(actor, t);
            t.signedAt = Instant.now(clock);
            // The handler's own clock starts now (签收).
            t.handlerDue = calendar.addWorkingDays(deadlines.today(), t.assigneeKind == AssigneeKind.DEPARTMENT
                    ? deadlines.config().departmentReplyDays() : deadlines.resolutionDays(t));
        });
    }

    Ticket giveBack(Actor actor, long id, long version, String reason) {
        String r = StepInput.required("reason", reason, 1000);
        boolean[] becameProblem = {false};
        Ticket t = steps.move(actor, id, version, TicketStatus.ACCEPTED, "return", null, r, e -> {
            offers.requireStaffAssignee(actor, e);
            e.returnCount++;
            e.assigneeKind = null;
            e.assigneeId = null;
            e.assigneeName = null;
            e.assignmentRemark = null;
            e.signedAt = null;
            e.offerDue = null;
            e.handlerDue = null;
            if (!e.problem && (e.returnCount >= deadlines.config().problemReturns()
                    || e.handlerCount >= deadlines.config().problemHandlers())) {
                e.problem = true;
                becameProblem[0] = true;
            }
        });
        // The enterprise's ticket is back with the platform: its handler changed.
        notices.tellEnterprise(t, "ticket.handler-changed", Messages.zh("ticket.handler-platform"),
                Messages.en("ticket.handler-platform"));
        if (becameProblem[0]) {
            for (String head : notices.platformHeads()) {
                notices.tellAccount(head, "ticket.problem", t.id(), t.title(), t.returnCount());
            }
        }
        return t;
    }

    boolean dispatchedTo(AssigneeKind kind, long assigneeId, long enterpriseId) {
        return jpa.read(em -> em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.enterpriseId = :e"
                + " AND t.assigneeKind = :k AND t.assigneeId = :a AND t.status IN :open", Long.class)
                .setParameter("e", enterpriseId).setParameter("k", kind).setParameter("a", assigneeId)
                .setParameter("open", DISPATCHED).getSingleResult()) > 0;
    }

    boolean ticketDispatchedTo(long ticketId, AssigneeKind kind, long assigneeId) {
        return jpa.read(em -> Optional.ofNullable(em.find(TicketEntity.class, ticketId))
                .filter(t -> t.assigneeKind == kind && t.assigneeId != null && t.assigneeId == assigneeId
                        && DISPATCHED.contains(t.status)).isPresent());
    }

    Page<Ticket> assignedTo(AssigneeKind kind, long assigneeId, TicketKind ticketKind, PageRequest page) {
        return jpa.read(em -> new Search().equal("e.assigneeKind", kind).equal("e.assigneeId", assigneeId)
                .equal("e.kind", ticketKind)
                .page(em, TicketEntity.class, TicketQueries.NEWEST_FIRST, page, List.of(), TicketEntity::toDto));
    }

    List<DispatchSuggestion> suggestAssignees(long id, int limit) {
        Ticket t = queries.get(id);
        String region = enterprises.get(t.enterpriseId()).regionCode();
        ServiceDomain domain = t.domain() == null ? null : ServiceDomain.valueOf(t.domain());
        return DispatchAdvisor.rank(domain, region, candidates(), records::recordOf, openLoads(), Math.max(1, Math.min(limit, 50)));
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
}

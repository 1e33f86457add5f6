package org.esip.line.outreach.internal;

import static org.esip.line.outreach.internal.OutreachTexts.TEXTS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.esip.core.api.Actor;
import org.esip.core.api.EsipException;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.Spreadsheet;
import org.esip.core.api.SpreadsheetReader;
import org.esip.core.api.TableFormat;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.TicketKeys;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.outreach.api.Campaign;
import org.esip.line.outreach.api.CampaignResults;
import org.esip.line.outreach.api.Demand;
import org.esip.line.outreach.api.OutreachService;
import org.esip.line.outreach.api.Target;
import org.esip.line.outreach.api.TargetConditions;
import org.esip.line.outreach.api.Visit;
import org.esip.line.outreach.api.VisitPlan;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.ServicePoint;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointService;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffQuery;
import org.esip.provider.api.StaffService;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.EnterpriseStatus;
import org.esip.registry.api.TagService;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketSubmission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaigns, plans, visits and results on the line's own tables; enterprises, tags, staff, organisations, experts,
 * service points and tickets through the core's services. A visit's demands follow the kit's {@link TicketKeys}
 * rule: stored first, then submitted with a key derived from the demand, the ticket id stored, and demands left
 * without a ticket submitted again at activation.
 */
@Component(service = {OutreachService.class, OutreachServiceImpl.class})
public class OutreachServiceImpl implements OutreachService {
    static final String LINE = "outreach";
    static final String DEMAND_CATEGORY = "outreach.visit-demand";
    /** At most this many target enterprises per campaign; the conditions should be narrower. */
    static final int MAX_TARGETS = 2000;
    static final int MAX_DEMANDS = 20;
    private static final Set<TicketStatus> RESOLVED = EnumSet.of(TicketStatus.RESOLVED, TicketStatus.FEEDBACK_SENT,
            TicketStatus.EVALUATED, TicketStatus.CLOSED);
    private static final Logger LOG = LoggerFactory.getLogger(OutreachServiceImpl.class);

    private final EntityManagerFactory emf;
    private final EnterpriseService enterprises;
    private final TagService tags;
    private final StaffService staff;
    private final OrganisationService organisations;
    private final ExpertService experts;
    private final ServicePointService points;
    private final TicketService tickets;
    private final SpreadsheetReader spreadsheets;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));

    @Activate
    public OutreachServiceImpl(@Reference(target = "(osgi.unit.name=esip-outreach)") EntityManagerFactory emf,
            @Reference OutreachSchema schema, @Reference EnterpriseService enterprises, @Reference TagService tags,
            @Reference StaffService staff, @Reference OrganisationService organisations,
            @Reference ExpertService experts, @Reference ServicePointService points, @Reference TicketService tickets,
            @Reference SpreadsheetReader spreadsheets) {
        this.emf = emf;
        this.enterprises = enterprises;
        this.tags = tags;
        this.staff = staff;
        this.organisations = organisations;
        this.experts = experts;
        this.points = points;
        this.tickets = tickets;
        this.spreadsheets = spreadsheets;
        try {
            int submitted = reconcile();
            if (submitted > 0) {
                LOG.info("Outreach line: submitted the tickets of {} demand(s) stored without one", submitted);
            }
        } catch (RuntimeException e) {
            LOG.warn("Outreach line: demands without a ticket stay for the next start: {}", e.toString());
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- campaigns -------------------------------------------------------------------------------------------

    @Override
    public Campaign create(Actor actor, CampaignDraft d) {
        return create(actor, d, new FieldChecks(TEXTS));
    }

    /** {@link #create} with the problems the REST layer found already (unreadable dates), all in one 400. */
    Campaign create(Actor actor, CampaignDraft d, FieldChecks checks) {
        checks.required("theme", d.theme()).maxLength("theme", d.theme(), 100)
                .maxLength("description", d.description(), 2000)
                .required("startsOn", d.startsOn()).required("endsOn", d.endsOn())
                .notBefore("endsOn", d.endsOn(), d.startsOn());
        TargetRule.check(checks, d.conditions());
        TargetConditions conditions = d.conditions() == null ? null : TargetRule.normalise(d.conditions());
        if (conditions != null && conditions.tag() != null
                && tags.list(null, false).stream().noneMatch(t -> t.code().equals(conditions.tag()))) {
            checks.check("tag", false, "outreach.tag.unknown", conditions.tag());
        }
        checks.required("staffIds", d.staffIds());
        exist(checks, "staffIds", d.staffIds(), id -> staff.get(id).active());
        exist(checks, "organisationIds", d.organisationIds(), id -> organisations.get(id) != null);
        exist(checks, "expertIds", d.expertIds(), id -> experts.get(id) != null);
        exist(checks, "servicePointIds", d.servicePointIds(), id -> {
            ServicePoint p = points.get(id);
            return p.active() && p.kind() == ServicePointKind.TOWNSHIP_CENTRE;
        });
        checks.throwIfAny();
        List<Enterprise> chosen = resolve(conditions);
        if (chosen.size() > MAX_TARGETS) {
            throw TEXTS.unprocessable("outreach.targets.too-many", "conditions", MAX_TARGETS);
        }
        long id = UnitOfWork.write(emf, em -> {
            CampaignEntity c = new CampaignEntity();
            c.theme = d.theme().strip();
            c.description = blank(d.description()) ? null : d.description().strip();
            c.startsOn = d.startsOn();
            c.endsOn = d.endsOn();
            c.regionPrefix = conditions.regionPrefix();
            c.industryPrefix = conditions.industryPrefix();
            c.size = conditions.size();
            c.tag = conditions.tag();
            c.staffIds = Ids.join(distinct(d.staffIds()));
            c.organisationIds = Ids.join(distinct(d.organisationIds()));
            c.expertIds = Ids.join(distinct(d.expertIds()));
            c.servicePointIds = Ids.join(distinct(d.servicePointIds()));
            c.createdBy = actor.username();
            c.createdAt = now();
            em.persist(c);
            em.flush();
            for (Enterprise e : chosen) {
                TargetEntity t = new TargetEntity();
                t.campaignId = c.id;
                t.enterpriseId = e.id();
                t.enterpriseName = e.name();
                t.reason = cut(TargetRule.reason(e, conditions), 1000);
                em.persist(t);
            }
            return c.id;
        });
        return get(id);
    }

    /** The active enterprises meeting the conditions, through the core's EnterpriseQuery (one more than allowed at most). */
    private List<Enterprise> resolve(TargetConditions c) {
        List<Enterprise> found = new ArrayList<>();
        EnterpriseQuery query = new EnterpriseQuery(null, null, c.regionPrefix(), c.industryPrefix(),
                TargetRule.size(c.size()), c.tag(), null, EnterpriseStatus.ACTIVE, null);
        for (int page = 0; found.size() <= MAX_TARGETS; page++) {
            Page<Enterprise> p = enterprises.search(query, new PageRequest(page, PageRequest.MAX_SIZE));
            p.items().stream().filter(e -> TargetRule.meets(e, c)).forEach(found::add);
            if (p.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return found;
    }

    @Override
    public Campaign get(long id) {
        return UnitOfWork.read(emf, em -> {
            CampaignEntity c = em.find(CampaignEntity.class, id);
            if (c == null) {
                throw notFound();
            }
            return toCampaign(em, c);
        });
    }

    @Override
    public List<Campaign> list() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT c FROM CampaignEntity c ORDER BY c.id DESC",
                CampaignEntity.class).getResultList().stream().map(c -> toCampaign(em, c)).toList());
    }

    @Override
    public List<Target> targets(long campaignId) {
        get(campaignId);
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT t FROM TargetEntity t WHERE t.campaignId = :c"
                + " ORDER BY t.id", TargetEntity.class).setParameter("c", campaignId).getResultList().stream()
                .map(t -> new Target(t.enterpriseId, t.enterpriseName, t.reason)).toList());
    }

    private Campaign toCampaign(EntityManager em, CampaignEntity c) {
        long targets = em.createQuery("SELECT COUNT(t) FROM TargetEntity t WHERE t.campaignId = :c", Long.class)
                .setParameter("c", c.id).getSingleResult();
        return new Campaign(c.id, c.theme, c.description, c.startsOn, c.endsOn,
                new TargetConditions(c.regionPrefix, c.industryPrefix, c.size, c.tag), Ids.split(c.staffIds),
                Ids.split(c.organisationIds), Ids.split(c.expertIds), Ids.split(c.servicePointIds), (int) targets,
                c.createdBy, c.createdAt.toInstant(ZoneOffset.UTC), c.version);
    }

    // ---- plans -----------------------------------------------------------------------------------------------

    @Override
    public VisitPlan plan(Actor actor, long campaignId, PlanDraft d) {
        return plan(actor, campaignId, d, new FieldChecks(TEXTS));
    }

    VisitPlan plan(Actor actor, long campaignId, PlanDraft d, FieldChecks checks) {
        Campaign c = get(campaignId);
        String name = checkPlan(c, d, checks);
        checks.throwIfAny();
        long id = UnitOfWork.write(emf, em -> {
            if (planOf(em, campaignId, d.enterpriseId()) != null) {
                throw TEXTS.conflict("outreach.plan.duplicate", "enterpriseId", name);
            }
            return storePlan(em, actor, c, d, name).id;
        });
        return plans(campaignId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** Checks a plan's fields; the enterprise's name when it exists. */
    private String checkPlan(Campaign c, PlanDraft d, FieldChecks checks) {
        checks.required("enterpriseId", d.enterpriseId()).required("plannedOn", d.plannedOn())
                .required("visitorIds", d.visitorIds());
        String name = enterpriseName(checks, "enterpriseId", d.enterpriseId());
        if (d.plannedOn() != null) {
            checks.check("plannedOn", c.covers(d.plannedOn()), "outreach.outside-period", c.startsOn(), c.endsOn());
        }
        exist(checks, "visitorIds", d.visitorIds(), id -> staff.get(id).active());
        checks.check("servicePointId", d.servicePointId() == null || c.servicePointIds().contains(d.servicePointId()),
                "outreach.point.not-in-campaign");
        return name;
    }

    private PlanEntity storePlan(EntityManager em, Actor actor, Campaign c, PlanDraft d, String name) {
        PlanEntity p = new PlanEntity();
        p.campaignId = c.id();
        p.enterpriseId = d.enterpriseId();
        p.enterpriseName = name;
        p.plannedOn = d.plannedOn();
        p.visitorIds = Ids.join(distinct(d.visitorIds()));
        p.servicePointId = d.servicePointId();
        p.createdBy = actor.username();
        p.createdAt = now();
        em.persist(p);
        em.flush();
        return p;
    }

    private static PlanEntity planOf(EntityManager em, long campaignId, long enterpriseId) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.campaignId = :c AND p.enterpriseId = :e",
                PlanEntity.class).setParameter("c", campaignId).setParameter("e", enterpriseId).getResultList()
                .stream().findFirst().orElse(null);
    }

    @Override
    public List<VisitPlan> plans(long campaignId) {
        get(campaignId);
        return UnitOfWork.read(emf, em -> {
            Set<Long> visited = new HashSet<>(em.createQuery("SELECT v.enterpriseId FROM VisitEntity v"
                    + " WHERE v.campaignId = :c", Long.class).setParameter("c", campaignId).getResultList());
            return em.createQuery("SELECT p FROM PlanEntity p WHERE p.campaignId = :c ORDER BY p.plannedOn, p.id",
                    PlanEntity.class).setParameter("c", campaignId).getResultList().stream()
                    .map(p -> new VisitPlan(p.id, p.campaignId, p.enterpriseId, p.enterpriseName, p.plannedOn,
                            Ids.split(p.visitorIds), p.servicePointId, visited.contains(p.enterpriseId), p.version))
                    .toList();
        });
    }

    @Override
    public ImportResult importPlans(Actor actor, long campaignId, byte[] content, TableFormat format, boolean dryRun) {
        Campaign c = get(campaignId);
        Spreadsheet sheet = spreadsheets.read(content, format);
        PlanImport.Rows rows = new PlanImport(enterprises, staff, points).read(sheet);
        List<FieldViolation> errors = new ArrayList<>(rows.errors());
        Set<Long> seen = new HashSet<>();
        List<PlanDraft> drafts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PlanImport.Row row : rows.rows()) {
            FieldChecks checks = new FieldChecks(TEXTS);
            String name = checkPlan(c, row.draft(), checks);
            for (FieldViolation v : checks.violations()) {
                String f = PlanImport.field(row.number(), PlanImport.column(v.field()));
                if (errors.stream().anyMatch(e -> e.field().equals(f))) {
                    continue;
                }
                errors.add(new FieldViolation(PlanImport.field(row.number(), PlanImport.column(v.field())), v.code(),
                        v.message(), v.messageEn()));
            }
            if (row.draft().enterpriseId() != null && !seen.add(row.draft().enterpriseId())) {
                errors.add(TEXTS.violation(PlanImport.field(row.number(), PlanImport.CREDIT_CODE), "outreach.import.repeated"));
            }
            drafts.add(row.draft());
            names.add(name);
        }
        if (!errors.isEmpty()) {
            throw TEXTS.invalid(errors);
        }
        if (dryRun) {
            return new ImportResult(true, drafts.size(), 0, List.of());
        }
        UnitOfWork.run(emf, em -> {
            for (int i = 0; i < drafts.size(); i++) {
                if (planOf(em, campaignId, drafts.get(i).enterpriseId()) != null) {
                    throw TEXTS.conflict("outreach.plan.duplicate", PlanImport.field(rows.rows().get(i).number(),
                            PlanImport.CREDIT_CODE), names.get(i));
                }
                storePlan(em, actor, c, drafts.get(i), names.get(i));
            }
        });
        return new ImportResult(false, drafts.size(), drafts.size(), List.of());
    }

    // ---- visits ----------------------------------------------------------------------------------------------

    @Override
    public Visit recordVisit(Actor actor, long campaignId, VisitDraft d) {
        return recordVisit(actor, campaignId, d, new FieldChecks(TEXTS));
    }

    Visit recordVisit(Actor actor, long campaignId, VisitDraft d, FieldChecks checks) {
        return recordVisit(actor, campaignId, d, checks, null);
    }

    /**
     * {@link #recordVisit} with the client's {@code Idempotency-Key}: a retry (a lost reply) with the same key from
     * the same user answers the visit stored the first time, its demands' tickets submitted if they were not yet.
     */
    Visit recordVisit(Actor actor, long campaignId, VisitDraft d, FieldChecks checks, String clientKey) {
        Campaign c = get(campaignId);
        String key = blank(clientKey) ? null : clientKey.strip();
        if (key != null && key.length() > 100) {
            throw TEXTS.invalid("Idempotency-Key", "field.too-long", 100);
        }
        if (key != null) {
            VisitEntity earlier = UnitOfWork.read(emf, em -> em.createQuery("SELECT v FROM VisitEntity v"
                    + " WHERE v.createdBy = :by AND v.clientKey = :key", VisitEntity.class)
                    .setParameter("by", actor.username()).setParameter("key", key).getResultList().stream()
                    .findFirst().orElse(null));
            if (earlier != null) {
                if (earlier.campaignId != campaignId) {
                    throw TEXTS.unprocessable("outreach.visit.key-reused", "Idempotency-Key");
                }
                submitDemandsOf(earlier.id);
                return visits(campaignId, null).stream().filter(v -> v.id() == earlier.id).findFirst().orElseThrow();
            }
        }
        VisitPlan plan = null;
        if (d.planId() != null) {
            plan = plans(campaignId).stream().filter(p -> p.id() == d.planId()).findFirst().orElse(null);
            checks.check("planId", plan != null, "outreach.plan.unknown");
        }
        Long enterpriseId = d.enterpriseId() != null ? d.enterpriseId() : plan == null ? null : plan.enterpriseId();
        if (plan != null && d.enterpriseId() != null) {
            checks.check("enterpriseId", plan.enterpriseId() == d.enterpriseId(), "outreach.plan.other-enterprise");
        }
        List<Long> visitors = d.visitorIds() != null && !d.visitorIds().isEmpty() ? d.visitorIds()
                : plan == null ? null : plan.visitorIds();
        Long pointId = d.servicePointId() != null ? d.servicePointId() : plan == null ? null : plan.servicePointId();
        checks.required("enterpriseId", enterpriseId).required("visitedOn", d.visitedOn())
                .required("visitorIds", visitors).required("findings", d.findings())
                .maxLength("findings", d.findings(), 4000);
        String name = enterpriseName(checks, "enterpriseId", enterpriseId);
        if (d.visitedOn() != null) {
            checks.check("visitedOn", c.covers(d.visitedOn()), "outreach.outside-period", c.startsOn(), c.endsOn());
            checks.check("visitedOn", !d.visitedOn().isAfter(today()), "outreach.visit.future");
        }
        exist(checks, "visitorIds", visitors, id -> staff.get(id) != null);
        checks.check("servicePointId", pointId == null || c.servicePointIds().contains(pointId),
                "outreach.point.not-in-campaign");
        List<DemandDraft> demands = d.demands() == null ? List.of() : d.demands();
        checks.range("demands", demands.size(), 0, MAX_DEMANDS);
        for (int i = 0; i < demands.size(); i++) {
            DemandDraft dd = demands.get(i);
            String f = "demands[" + i + "].";
            if (dd == null) {
                checks.required("demands[" + i + "]", null);
                continue;
            }
            checks.required(f + "title", dd.title()).maxLength(f + "title", dd.title(), 200)
                    .required(f + "description", dd.description()).maxLength(f + "description", dd.description(), 2000);
        }
        checks.throwIfAny();
        Long planId = plan == null ? null : plan.id();
        long visitId = UnitOfWork.write(emf, em -> {
            VisitEntity v = new VisitEntity();
            v.campaignId = campaignId;
            v.planId = planId;
            v.enterpriseId = enterpriseId;
            v.enterpriseName = name;
            v.visitedOn = d.visitedOn();
            v.visitorIds = Ids.join(distinct(visitors));
            v.servicePointId = pointId;
            v.findings = d.findings().strip();
            v.clientKey = key;
            v.createdBy = actor.username();
            v.createdAt = now();
            em.persist(v);
            em.flush();
            for (DemandDraft dd : demands) {
                DemandEntity de = new DemandEntity();
                de.visitId = v.id;
                de.campaignId = campaignId;
                de.enterpriseId = enterpriseId;
                de.servicePointId = pointId;
                de.title = dd.title().strip();
                de.description = dd.description().strip();
                de.createdBy = actor.username();
                de.createdAt = now();
                em.persist(de);
            }
            return v.id;
        });
        // Each demand is stored; now its ticket (a failure here is reconciled at the next start or visit).
        submitDemandsOf(visitId);
        return visits(campaignId, null).stream().filter(v -> v.id() == visitId).findFirst().orElseThrow();
    }

    private void submitDemandsOf(long visitId) {
        for (Long demandId : UnitOfWork.read(emf, em -> em.createQuery("SELECT d.id FROM DemandEntity d"
                + " WHERE d.visitId = :v AND d.ticketId IS NULL ORDER BY d.id", Long.class).setParameter("v", visitId)
                .getResultList())) {
            try {
                submit(demandId);
            } catch (RuntimeException e) {
                LOG.warn("Outreach line: demand {} waits for its ticket: {}", demandId, e.toString());
            }
        }
    }

    /** Submits the ticket of one stored demand with the derived key and stores its id. */
    private void submit(long demandId) {
        DemandEntity d = UnitOfWork.read(emf, em -> em.find(DemandEntity.class, demandId));
        if (d == null || d.ticketId != null) {
            return;
        }
        String campaign = UnitOfWork.read(emf, em -> em.find(CampaignEntity.class, d.campaignId).theme);
        // The same user as the first try: the ticketing service finds a key per submitter.
        Actor by = new Actor(d.createdBy, Set.of(Role.STAFF), null, null, null);
        Ticket t = tickets.submit(by, new TicketSubmission(d.enterpriseId, TicketKind.DEMAND, Channel.VISIT, d.title,
                d.description + "\n\n——" + TEXTS.zh("outreach.ticket.from", campaign, d.visitId) + " / "
                        + TEXTS.en("outreach.ticket.from", campaign, d.visitId), null, null, DEMAND_CATEGORY),
                TicketKeys.of(LINE, "demand", demandId));
        UnitOfWork.run(emf, em -> em.find(DemandEntity.class, demandId).ticketId = t.id());
    }

    @Override
    public int reconcile() {
        int n = 0;
        for (Long id : UnitOfWork.read(emf, em -> em.createQuery("SELECT d.id FROM DemandEntity d WHERE d.ticketId IS NULL"
                + " ORDER BY d.id", Long.class).getResultList())) {
            submit(id);
            n++;
        }
        return n;
    }

    @Override
    public List<Visit> visits(long campaignId, Long enterpriseId) {
        get(campaignId);
        return UnitOfWork.read(emf, em -> {
            Map<Long, List<Demand>> demands = new HashMap<>();
            for (DemandEntity d : em.createQuery("SELECT d FROM DemandEntity d WHERE d.campaignId = :c ORDER BY d.id",
                    DemandEntity.class).setParameter("c", campaignId).getResultList()) {
                demands.computeIfAbsent(d.visitId, k -> new ArrayList<>()).add(toDemand(d));
            }
            return em.createQuery("SELECT v FROM VisitEntity v WHERE v.campaignId = :c ORDER BY v.visitedOn DESC, v.id DESC",
                    VisitEntity.class).setParameter("c", campaignId).getResultList().stream()
                    .filter(v -> enterpriseId == null || v.enterpriseId == enterpriseId)
                    .map(v -> new Visit(v.id, v.campaignId, v.planId, v.enterpriseId, v.enterpriseName, v.visitedOn,
                            Ids.split(v.visitorIds), v.servicePointId, v.findings, demands.getOrDefault(v.id, List.of()),
                            v.createdBy, v.createdAt.toInstant(ZoneOffset.UTC)))
                    .toList();
        });
    }

    private static Demand toDemand(DemandEntity d) {
        return new Demand(d.id, d.visitId, d.campaignId, d.enterpriseId, d.servicePointId, d.title, d.description,
                d.ticketId);
    }

    // ---- results ---------------------------------------------------------------------------------------------

    @Override
    public CampaignResults results(long campaignId) {
        Campaign c = get(campaignId);
        // Demands of this campaign still without their ticket get it now (the TicketKeys rule's "next request").
        for (Long id : UnitOfWork.read(emf, em -> em.createQuery("SELECT d.id FROM DemandEntity d WHERE d.campaignId = :c"
                + " AND d.ticketId IS NULL", Long.class).setParameter("c", campaignId).getResultList())) {
            try {
                submit(id);
            } catch (RuntimeException e) {
                LOG.warn("Outreach line: demand {} waits for its ticket: {}", id, e.toString());
            }
        }
        List<VisitPlan> plans = plans(campaignId);
        List<Visit> visits = visits(campaignId, null);
        Set<Long> visitedEnterprises = new HashSet<>();
        visits.forEach(v -> visitedEnterprises.add(v.enterpriseId()));
        int visitedPlanned = (int) plans.stream().filter(VisitPlan::visited).count();
        int demands = 0;
        int withTicket = 0;
        int resolved = 0;
        int rated = 0;
        int satisfied = 0;
        Map<Long, int[]> byPoint = new LinkedHashMap<>();
        c.servicePointIds().forEach(p -> byPoint.put(p, new int[3]));
        for (Visit v : visits) {
            int[] point = byPoint.computeIfAbsent(v.servicePointId(), k -> new int[3]);
            point[0]++;
            for (Demand d : v.demands()) {
                demands++;
                point[1]++;
                if (d.ticketId() == null) {
                    continue;
                }
                withTicket++;
                Ticket t;
                try {
                    t = tickets.get(d.ticketId());
                } catch (NotFoundException e) {
                    continue;
                }
                if (RESOLVED.contains(t.status())) {
                    resolved++;
                    point[2]++;
                }
                if (t.grade() != null) {
                    rated++;
                    if (!t.grade().needsCorrection()) {
                        satisfied++;
                    }
                }
            }
        }
        List<CampaignResults.PointResult> points = new ArrayList<>();
        byPoint.forEach((id, n) -> points.add(new CampaignResults.PointResult(id, pointName(id), n[0], n[1], n[2])));
        BigDecimal rate = rated == 0 ? null : BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(rated), 1,
                RoundingMode.HALF_UP);
        return new CampaignResults(campaignId, c.targets(), plans.size(), visitedPlanned, visitedEnterprises.size(),
                visits.size(), demands, withTicket, resolved, rated, satisfied, rate, points);
    }

    private String pointName(Long id) {
        if (id == null) {
            return null;
        }
        try {
            return points.get(id).name();
        } catch (EsipException e) {
            return null;
        }
    }

    @Override
    public long[] totals() {
        return UnitOfWork.read(emf, em -> {
            long campaigns = em.createQuery("SELECT COUNT(c) FROM CampaignEntity c", Long.class).getSingleResult();
            long visits = em.createQuery("SELECT COUNT(v) FROM VisitEntity v", Long.class).getSingleResult();
            List<Long> ticketIds = em.createQuery("SELECT d.ticketId FROM DemandEntity d", Long.class).getResultList();
            long resolved = 0;
            for (Long id : ticketIds) {
                if (id != null) {
                    try {
                        resolved += RESOLVED.contains(tickets.get(id).status()) ? 1 : 0;
                    } catch (NotFoundException e) {
                        // a ticket of another database (restored elsewhere): not counted
                    }
                }
            }
            return new long[] {campaigns, visits, ticketIds.size(), resolved};
        });
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private String enterpriseName(FieldChecks checks, String field, Long id) {
        if (id == null) {
            return null;
        }
        try {
            Enterprise e = enterprises.get(id);
            checks.check(field, e.status() == EnterpriseStatus.ACTIVE, "outreach.enterprise.retired", e.name());
            return e.name();
        } catch (NotFoundException e) {
            checks.check(field, false, "outreach.id.unknown", id);
            return null;
        }
    }

    /** Every id in {@code ids} names an existing (and {@code ok}) record; else one violation on {@code field}. */
    private static void exist(FieldChecks checks, String field, List<Long> ids, LongFunction<Boolean> ok) {
        if (ids == null) {
            return;
        }
        for (Long id : ids) {
            boolean fine;
            try {
                fine = id != null && ok.apply(id);
            } catch (NotFoundException e) {
                fine = false;
            }
            if (!fine) {
                checks.check(field, false, "outreach.id.unknown", id);
                return;
            }
        }
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static NotFoundException notFound() {
        return TEXTS.notFound("outreach.campaign.not-found");
    }

    /** Staff members by name, for imports (the active ones). */
    List<StaffMember> staffNamed(String name) {
        return staff.search(new StaffQuery(name, null, null, null, true, null), new PageRequest(0, 20)).items()
                .stream().filter(s -> s.name().equals(name)).toList();
    }
}

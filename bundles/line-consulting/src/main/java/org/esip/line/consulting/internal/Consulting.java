package org.esip.line.consulting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.esip.core.api.Actor;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.line.consulting.api.ConsultingService;
import org.esip.line.consulting.api.Match;
import org.esip.line.consulting.api.MatchReason;
import org.esip.line.consulting.api.Outcome;
import org.esip.line.consulting.api.Posting;
import org.esip.line.consulting.api.PostingKind;
import org.esip.line.consulting.api.PostingType;
import org.esip.line.consulting.rules.MatchIndex;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.LineTexts;
import org.esip.line.kit.TicketKeys;
import org.esip.line.kit.UnitOfWork;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.OrganisationService;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketSubmission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consulting line's operations (clause 5.2.5): consulting requests as tickets, supply and demand postings
 * and their explained two-way match, introductions and their outcome, matchmaking events. Every write validates
 * every field first (one 400 naming each) and commits in one unit of work.
 */
@Component(service = Consulting.class)
public class Consulting {
    static final LineTexts TEXTS = new LineTexts("org.esip.line.consulting.internal.Messages",
            Consulting.class.getClassLoader());
    private static final Logger LOG = LoggerFactory.getLogger(Consulting.class);
    static final int MAX_MATCHES = 50;

    private final EntityManagerFactory emf;
    private final TicketService tickets;
    private final EnterpriseService enterprises;
    private final OrganisationService organisations;
    private final ExpertService experts;
    /** Counts the writes to postings; the cached index is rebuilt when it was built before the latest one. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Built index;

    private record Built(long generation, MatchIndex index) {
    }

    @Activate
    public Consulting(@Reference(target = "(osgi.unit.name=esip-consulting)") EntityManagerFactory emf,
            @Reference ConsultingSchema schema, @Reference TicketService tickets,
            @Reference EnterpriseService enterprises, @Reference OrganisationService organisations,
            @Reference ExpertService experts) {
        this.emf = emf;
        this.tickets = tickets;
        this.enterprises = enterprises;
        this.organisations = organisations;
        this.experts = experts;
        try {
            int n = reconcile();
            if (n > 0) {
                LOG.info("consulting: submitted {} pending consulting request(s) as tickets", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("consulting: reconciling requests without a ticket failed; retried at the next activation", e);
        }
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static <E extends Enum<E>> E enumOf(FieldChecks checks, Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            checks.required(field, null);
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.check(field, false, "field.invalid-value",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the core's registry finds the party ({@code NotFoundException} means it does not). */
    private static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private boolean enterpriseExists(long id) {
        return exists(() -> enterprises.get(id));
    }

    private boolean organisationExists(long id) {
        return exists(() -> organisations.get(id));
    }

    private boolean expertExists(long id) {
        return exists(() -> experts.get(id));
    }

    // ---- consulting requests -------------------------------------------------------------------------------

    /** What a consulting request carries. */
    public record RequestDraft(String service, Long enterpriseId, Long organisationId, Long expertId, String subject,
            String description) {
    }

    /** A consulting request and its ticket. */
    public record Request(long id, long enterpriseId, ConsultingService service, String serviceZh, String serviceEn,
            Long organisationId, Long expertId, String subject, String description, Long ticketId,
            LocalDateTime createdAt) {
    }

    static Request toDto(RequestEntity e) {
        return new Request(e.id, e.enterpriseId, e.service, e.service.zh(), e.service.en(), e.organisationId,
                e.expertId, e.subject, e.description, e.ticketId, e.createdAt);
    }

    /**
     * Stores the request first, then submits its ticket (category {@code consulting.request}) with the key
     * {@link TicketKeys} derives from the record, then stores the ticket's id.
     */
    public Request request(Actor actor, RequestDraft d) {
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        long enterpriseId = LineAccess.actingEnterprise(actor, d.enterpriseId(), "enterpriseId");
        FieldChecks c = new FieldChecks(TEXTS);
        ConsultingService service = enumOf(c, ConsultingService.class, "service", d.service());
        c.required("subject", strip(d.subject())).maxLength("subject", strip(d.subject()), 200)
                .maxLength("description", d.description(), 4000)
                .check("enterpriseId", enterpriseExists(enterpriseId), "party.not-found", enterpriseId);
        if (d.organisationId() != null) {
            c.check("organisationId", organisationExists(d.organisationId()), "party.not-found", d.organisationId());
        }
        if (d.expertId() != null) {
            c.check("expertId", expertExists(d.expertId()), "party.not-found", d.expertId());
        }
        c.throwIfAny();
        RequestEntity stored = UnitOfWork.write(emf, em -> {
            RequestEntity e = new RequestEntity();
            e.enterpriseId = enterpriseId;
            e.service = service;
            e.organisationId = d.organisationId();
            e.expertId = d.expertId();
            e.subject = strip(d.subject());
            e.description = strip(d.description());
            e.createdAt = now();
            em.persist(e);
            em.flush();
            return e;
        });
        return toDto(submit(actor, stored));
    }

    private RequestEntity submit(Actor actor, RequestEntity e) {
        String title = TEXTS.zh("request.title", e.service.zh(), e.subject);
        Channel channel = actor.has(Role.ENTERPRISE) ? Channel.ONLINE : Channel.WINDOW;
        Ticket t = tickets.submit(actor, new TicketSubmission(e.enterpriseId, TicketKind.DEMAND, channel,
                title.length() > 200 ? title.substring(0, 200) : title,
                e.description == null ? e.subject : e.description, null, null, ConsultingServiceLine.REQUEST_CATEGORY),
                TicketKeys.of(ConsultingServiceLine.ID, "request", e.id));
        return UnitOfWork.write(emf, em -> {
            RequestEntity r = em.find(RequestEntity.class, e.id);
            r.ticketId = t.id();
            return r;
        });
    }

    /** Requests stored without their ticket (the process stopped between the steps) submitted again. */
    int reconcile() {
        List<RequestEntity> pending = UnitOfWork.read(emf, em -> em.createQuery(
                "SELECT r FROM RequestEntity r WHERE r.ticketId IS NULL", RequestEntity.class).getResultList());
        for (RequestEntity r : pending) {
            submit(Actor.system("consulting"), r);
        }
        return pending.size();
    }

    /**
     * Requests: an enterprise user its own, an organisation or expert user those addressed to it, readers all (or
     * one enterprise's).
     */
    public List<Request> requests(Actor actor, Long enterpriseId) {
        String where;
        Long value;
        if (actor.has(Role.ORGANISATION) && actor.organisationId() != null && !LineAccess.isReader(actor)) {
            where = " WHERE r.organisationId = :v";
            value = actor.organisationId();
        } else if (actor.has(Role.EXPERT) && actor.expertId() != null && !LineAccess.isReader(actor)) {
            where = " WHERE r.expertId = :v";
            value = actor.expertId();
        } else {
            value = LineAccess.enterpriseFilter(actor, enterpriseId);
            where = value == null ? "" : " WHERE r.enterpriseId = :v";
        }
        return UnitOfWork.read(emf, em -> {
            TypedQuery<RequestEntity> q = em.createQuery("SELECT r FROM RequestEntity r" + where
                    + " ORDER BY r.id DESC", RequestEntity.class);
            if (value != null) {
                q.setParameter("v", value);
            }
            return q.setMaxResults(500).getResultList();
        }).stream().map(Consulting::toDto).toList();
    }

    public Request requestById(Actor actor, long id) {
        RequestEntity e = UnitOfWork.read(emf, em -> em.find(RequestEntity.class, id));
        if (e == null) {
            throw TEXTS.notFound("request.not-found", id);
        }
        if (!LineAccess.isOrganisation(actor, e.organisationId) && !LineAccess.isExpert(actor, e.expertId)) {
            LineAccess.requireVisible(actor, e.enterpriseId, TEXTS.notFound("request.not-found", id));
        }
        return toDto(e);
    }

    // ---- postings -----------------------------------------------------------------------------------------

    /** What a supply or demand carries (strings for the enums so that a wrong value is a 400 on its field). */
    public record PostingDraft(String kind, String type, String title, String description, Long enterpriseId,
            Long organisationId, String industry, String region, BigDecimal amountMin, BigDecimal amountMax,
            LocalDate validFrom, LocalDate validTo) {
    }

    static Posting toDto(PostingEntity e) {
        return new Posting(e.id, e.kind, e.type, e.title, e.description, e.enterpriseId, e.organisationId, e.industry,
                e.region, e.amountMin, e.amountMax, e.validFrom, e.validTo, e.openFlag == 1, e.version);
    }

    /** The draft checked field by field into an unsaved entity; violations go to {@code c}. */
    PostingEntity check(FieldChecks c, PostingDraft d, boolean checkParties) {
        PostingEntity e = new PostingEntity();
        e.kind = enumOf(c, PostingKind.class, "kind", d.kind());
        e.type = enumOf(c, PostingType.class, "type", d.type());
        e.title = strip(d.title());
        e.description = strip(d.description());
        e.industry = strip(d.industry()) == null ? null : strip(d.industry()).toUpperCase(Locale.ROOT);
        e.region = strip(d.region());
        e.enterpriseId = d.enterpriseId();
        e.organisationId = d.organisationId();
        e.amountMin = d.amountMin();
        e.amountMax = d.amountMax();
        e.validFrom = d.validFrom();
        e.validTo = d.validTo();
        c.required("title", e.title).maxLength("title", e.title, 200).maxLength("description", e.description, 4000)
                .check("industry", e.industry == null || e.industry.matches("[A-T][0-9]{0,4}"), "posting.industry")
                .check("region", e.region == null || e.region.matches("[0-9]{2,12}"), "posting.region")
                .notNegative("amountMin", e.amountMin).notNegative("amountMax", e.amountMax)
                .check("amountMax", e.amountMin == null || e.amountMax == null || e.amountMax.compareTo(e.amountMin) >= 0,
                        "posting.amount-range")
                .notBefore("validTo", e.validTo, e.validFrom)
                .check("enterpriseId", (e.enterpriseId == null) != (e.organisationId == null), "posting.owner");
        if (checkParties && e.enterpriseId != null) {
            c.check("enterpriseId", enterpriseExists(e.enterpriseId), "party.not-found", e.enterpriseId);
        }
        if (checkParties && e.organisationId != null) {
            c.check("organisationId", organisationExists(e.organisationId), "party.not-found", e.organisationId);
        }
        e.openFlag = 1;
        e.createdAt = now();
        return e;
    }

    /** The draft as the caller may post it: an enterprise or organisation user for itself, staff for anyone. */
    private PostingDraft owned(Actor actor, PostingDraft d) {
        if (actor.has(Role.ENTERPRISE)) {
            long e = LineAccess.actingEnterprise(actor, d.enterpriseId(), "enterpriseId");
            if (d.organisationId() != null) {
                throw LineAccess.forbidden();
            }
            return new PostingDraft(d.kind(), d.type(), d.title(), d.description(), e, null, d.industry(), d.region(),
                    d.amountMin(), d.amountMax(), d.validFrom(), d.validTo());
        }
        if (actor.has(Role.ORGANISATION)) {
            if (actor.organisationId() == null || d.enterpriseId() != null
                    || d.organisationId() != null && !d.organisationId().equals(actor.organisationId())) {
                throw LineAccess.forbidden();
            }
            return new PostingDraft(d.kind(), d.type(), d.title(), d.description(), null, actor.organisationId(),
                    d.industry(), d.region(), d.amountMin(), d.amountMax(), d.validFrom(), d.validTo());
        }
        if (!LineAccess.isMaintainer(actor)) {
            throw LineAccess.forbidden();
        }
        return d;
    }

    public Posting post(Actor actor, PostingDraft draft) {
        if (draft == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        PostingDraft d = owned(actor, draft);
        FieldChecks c = new FieldChecks(TEXTS);
        PostingEntity e = check(c, d, true);
        c.throwIfAny();
        Posting p = UnitOfWork.write(emf, em -> {
            em.persist(e);
            em.flush();
            return toDto(e);
        });
        changes.incrementAndGet();
        return p;
    }

    /** Many postings in one unit of work (the import): all stored or none. */
    List<Posting> postAll(List<PostingEntity> all) {
        List<Posting> out = UnitOfWork.write(emf, em -> {
            List<Posting> r = new ArrayList<>();
            for (PostingEntity e : all) {
                em.persist(e);
                em.flush();
                r.add(toDto(e));
            }
            return r;
        });
        changes.incrementAndGet();
        return out;
    }

    public Posting posting(long id) {
        PostingEntity e = UnitOfWork.read(emf, em -> em.find(PostingEntity.class, id));
        if (e == null) {
            throw TEXTS.notFound("posting.not-found", id);
        }
        return toDto(e);
    }

    /** Open postings (the market place every signed-in user sees), filtered, newest first. */
    public List<Posting> postings(PostingKind kind, PostingType type, Long enterpriseId, Long organisationId,
            boolean includeClosed, int max) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM PostingEntity p WHERE p.id > 0");
        Map<String, Object> params = new LinkedHashMap<>();
        if (kind != null) {
            jpql.append(" AND p.kind = :k");
            params.put("k", kind);
        }
        if (type != null) {
            jpql.append(" AND p.type = :t");
            params.put("t", type);
        }
        if (enterpriseId != null) {
            jpql.append(" AND p.enterpriseId = :e");
            params.put("e", enterpriseId);
        }
        if (organisationId != null) {
            jpql.append(" AND p.organisationId = :o");
            params.put("o", organisationId);
        }
        if (!includeClosed) {
            jpql.append(" AND p.openFlag = 1");
        }
        jpql.append(" ORDER BY p.id DESC");
        return UnitOfWork.read(emf, em -> {
            TypedQuery<PostingEntity> q = em.createQuery(jpql.toString(), PostingEntity.class);
            params.forEach(q::setParameter);
            return q.setMaxResults(max).getResultList();
        }).stream().map(Consulting::toDto).toList();
    }

    private static boolean owns(Actor actor, Posting p) {
        return LineAccess.isMaintainer(actor) || p.enterpriseId() != null && actor.has(Role.ENTERPRISE)
                && p.enterpriseId().equals(actor.enterpriseId())
                || LineAccess.isOrganisation(actor, p.organisationId());
    }

    /** Closes a posting (no longer matched); its owner or staff, at the version they saw. */
    public Posting close(Actor actor, long id, Long version) {
        Posting p = posting(id);
        if (!owns(actor, p)) {
            throw LineAccess.forbidden();
        }
        new FieldChecks(TEXTS).required("version", version).throwIfAny();
        Posting closed = UnitOfWork.write(emf, em -> {
            PostingEntity e = em.find(PostingEntity.class, id);
            if (e.version != version) {
                throw TEXTS.conflict("posting.stale", "version");
            }
            if (e.openFlag == 0) {
                throw TEXTS.conflict("posting.closed", "id", e.title);
            }
            e.openFlag = 0;
            em.flush();
            return toDto(e);
        });
        changes.incrementAndGet();
        return closed;
    }

    private MatchIndex index() {
        long generation = changes.get();
        Built b = index;
        if (b == null || b.generation() != generation) {
            // a write while this loads bumps the count again, so the next query rebuilds
            List<Posting> all = UnitOfWork.read(emf, em -> em.createQuery(
                    "SELECT p FROM PostingEntity p WHERE p.openFlag = 1", PostingEntity.class).getResultList())
                    .stream().map(Consulting::toDto).toList();
            b = new Built(generation, new MatchIndex(all));
            index = b;
        }
        return b.index();
    }

    /** A proposed counterpart with its posting, score and reasons. */
    public record Proposal(Posting posting, int score, List<MatchReason> reasons) {
    }

    /** The explained two-way match of a posting (clause 5.2.5): the best counterparts, each with its reasons. */
    public List<Proposal> matches(long id, int limit) {
        Posting p = posting(id);
        if (!p.open()) {
            throw TEXTS.conflict("posting.closed", "id", p.title());
        }
        MatchIndex i = index();
        List<Match> found = i.matches(p, today(), Math.max(1, Math.min(limit, MAX_MATCHES)));
        Map<Long, Posting> byId = new LinkedHashMap<>();
        UnitOfWork.run(emf, em -> {
            for (Match m : found) {
                byId.put(m.postingId(), toDto(em.find(PostingEntity.class, m.postingId())));
            }
            PostingEntity e = em.find(PostingEntity.class, id);
            if (e.proposed != found.size()) {
                // Not a version change: the count of proposals is the indicator's, not the owner's edit.
                em.createQuery("UPDATE PostingEntity p SET p.proposed = :n WHERE p.id = :id")
                        .setParameter("n", found.size()).setParameter("id", id).executeUpdate();
            }
        });
        return found.stream().map(m -> new Proposal(byId.get(m.postingId()), m.score(), m.reasons())).toList();
    }

    // ---- introductions ------------------------------------------------------------------------------------

    public record IntroductionDraft(Long supplyId, Long demandId, Long eventId, String note) {
    }

    public record OutcomeDraft(String outcome, BigDecimal amount, String reason, Long version) {
    }

    public record Introduction(long id, long supplyId, String supplyTitle, long demandId, String demandTitle,
            Long eventId, String note, Outcome outcome, BigDecimal amount, String reason, LocalDateTime createdAt,
            LocalDateTime decidedAt, long version) {
    }

    private static Introduction toDto(IntroductionEntity e, EntityManager em) {
        PostingEntity s = em.find(PostingEntity.class, e.supplyId);
        PostingEntity d = em.find(PostingEntity.class, e.demandId);
        return new Introduction(e.id, e.supplyId, s.title, e.demandId, d.title, e.eventId, e.note, e.outcome,
                e.amount, e.reason, e.createdAt, e.decidedAt, e.version);
    }

    /** Staff record an introduction (对接) of a supply to a demand, at an event or not. */
    public Introduction introduce(Actor actor, IntroductionDraft d) {
        if (!LineAccess.isMaintainer(actor)) {
            throw LineAccess.forbidden();
        }
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        FieldChecks c = new FieldChecks(TEXTS).required("supplyId", d.supplyId()).required("demandId", d.demandId())
                .maxLength("note", d.note(), 1000);
        c.throwIfAny();
        return UnitOfWork.write(emf, em -> {
            PostingEntity s = em.find(PostingEntity.class, d.supplyId());
            PostingEntity m = em.find(PostingEntity.class, d.demandId());
            FieldChecks f = new FieldChecks(TEXTS);
            f.check("supplyId", s != null, "posting.not-found", d.supplyId());
            f.check("demandId", m != null, "posting.not-found", d.demandId());
            if (d.eventId() != null) {
                f.check("eventId", em.find(EventEntity.class, d.eventId()) != null, "event.not-found", d.eventId());
            }
            f.throwIfAny();
            if (s.kind != PostingKind.SUPPLY || m.kind != PostingKind.DEMAND) {
                throw TEXTS.unprocessable("intro.kinds", s.kind != PostingKind.SUPPLY ? "supplyId" : "demandId");
            }
            if (s.type != m.type) {
                throw TEXTS.unprocessable("intro.types", "demandId", s.type, m.type);
            }
            if (toDto(s).owner().equals(toDto(m).owner())) {
                throw TEXTS.unprocessable("intro.same-owner", "demandId");
            }
            if (!em.createQuery("SELECT i.id FROM IntroductionEntity i WHERE i.supplyId = :s AND i.demandId = :d",
                    Long.class).setParameter("s", s.id).setParameter("d", m.id).getResultList().isEmpty()) {
                throw TEXTS.conflict("intro.duplicate", "demandId");
            }
            IntroductionEntity e = new IntroductionEntity();
            e.supplyId = s.id;
            e.demandId = m.id;
            e.eventId = d.eventId();
            e.note = strip(d.note());
            e.outcome = Outcome.PENDING;
            e.createdAt = now();
            em.persist(e);
            em.flush();
            return toDto(e, em);
        });
    }

    /** The introduction's outcome: signed with its amount (yuan), or no deal with its reason; once. */
    public Introduction decide(Actor actor, long id, OutcomeDraft d) {
        if (!LineAccess.isMaintainer(actor)) {
            throw LineAccess.forbidden();
        }
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        FieldChecks c = new FieldChecks(TEXTS);
        Outcome o = enumOf(c, Outcome.class, "outcome", d.outcome());
        c.check("outcome", o != Outcome.PENDING, "field.invalid-value", "SIGNED, NO_DEAL").required("version", d.version())
                .notNegative("amount", d.amount()).maxLength("reason", d.reason(), 1000);
        if (o == Outcome.SIGNED) {
            c.check("amount", d.amount() != null, "intro.amount");
        }
        if (o == Outcome.NO_DEAL) {
            c.check("reason", strip(d.reason()) != null, "intro.reason");
        }
        c.throwIfAny();
        return UnitOfWork.write(emf, em -> {
            IntroductionEntity e = em.find(IntroductionEntity.class, id);
            if (e == null) {
                throw TEXTS.notFound("intro.not-found", id);
            }
            if (e.outcome != Outcome.PENDING) {
                throw TEXTS.conflict("intro.decided", "outcome", e.outcome);
            }
            if (e.version != d.version()) {
                throw TEXTS.conflict("version.stale", "version");
            }
            e.outcome = o;
            e.amount = o == Outcome.SIGNED ? d.amount() : null;
            e.reason = strip(d.reason());
            e.decidedAt = now();
            em.flush();
            return toDto(e, em);
        });
    }

    /** Introductions; an enterprise user sees those of its own postings. */
    public List<Introduction> introductions(Actor actor, Long eventId) {
        Long own = actor.has(Role.ENTERPRISE) ? LineAccess.enterpriseFilter(actor, null) : null;
        if (own == null && !LineAccess.isReader(actor)) {
            throw LineAccess.forbidden();
        }
        return UnitOfWork.read(emf, em -> {
            TypedQuery<IntroductionEntity> q = em.createQuery("SELECT i FROM IntroductionEntity i"
                    + (eventId == null ? "" : " WHERE i.eventId = :ev") + " ORDER BY i.id DESC", IntroductionEntity.class);
            if (eventId != null) {
                q.setParameter("ev", eventId);
            }
            return q.setMaxResults(1000).getResultList().stream().map(i -> toDto(i, em))
                .filter(i -> own == null || ownedBy(em, i.supplyId(), own) || ownedBy(em, i.demandId(), own))
                .toList();
        });
    }

    private static boolean ownedBy(EntityManager em, long postingId, long enterpriseId) {
        PostingEntity p = em.find(PostingEntity.class, postingId);
        return p.enterpriseId != null && p.enterpriseId == enterpriseId;
    }

    // ---- matchmaking events -------------------------------------------------------------------------------

    public record EventDraft(String title, LocalDate heldOn, String venue, Integer capacity) {
    }

    public record Event(long id, String title, LocalDate heldOn, String venue, int capacity, List<String> signups,
            long version) {
    }

    private static Event toDto(EventEntity e, EntityManager em) {
        return new Event(e.id, e.title, e.heldOn, e.venue, e.capacity, em.createQuery(
                "SELECT s.participant FROM SignupEntity s WHERE s.eventId = :e ORDER BY s.id", String.class)
                .setParameter("e", e.id).getResultList(), e.version);
    }

    public Event createEvent(Actor actor, EventDraft d) {
        if (!LineAccess.isMaintainer(actor)) {
            throw LineAccess.forbidden();
        }
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        new FieldChecks(TEXTS).required("title", strip(d.title())).maxLength("title", d.title(), 200)
                .required("heldOn", d.heldOn()).required("venue", strip(d.venue())).maxLength("venue", d.venue(), 200)
                .required("capacity", d.capacity()).range("capacity", d.capacity(), 1, 10_000).throwIfAny();
        return UnitOfWork.write(emf, em -> {
            EventEntity e = new EventEntity();
            e.title = d.title().strip();
            e.heldOn = d.heldOn();
            e.venue = d.venue().strip();
            e.capacity = d.capacity();
            e.createdAt = now();
            em.persist(e);
            em.flush();
            return toDto(e, em);
        });
    }

    public List<Event> events() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT e FROM EventEntity e ORDER BY e.heldOn DESC",
                EventEntity.class).setMaxResults(200).getResultList().stream().map(e -> toDto(e, em)).toList());
    }

    public Event event(long id) {
        return UnitOfWork.read(emf, em -> {
            EventEntity e = em.find(EventEntity.class, id);
            if (e == null) {
                throw TEXTS.notFound("event.not-found", id);
            }
            return toDto(e, em);
        });
    }

    /** Signs an enterprise or organisation up: itself, or staff for either; 409 when full or signed up already. */
    public Event signUp(Actor actor, long eventId, Long enterpriseId, Long organisationId) {
        String participant;
        if (actor.has(Role.ENTERPRISE)) {
            participant = "E:" + LineAccess.actingEnterprise(actor, enterpriseId, "enterpriseId");
        } else if (actor.has(Role.ORGANISATION) && actor.organisationId() != null
                && (organisationId == null || organisationId.equals(actor.organisationId()))) {
            participant = "O:" + actor.organisationId();
        } else if (LineAccess.isMaintainer(actor)) {
            FieldChecks c = new FieldChecks(TEXTS).check("enterpriseId", (enterpriseId == null) != (organisationId == null),
                    "posting.owner");
            c.throwIfAny();
            if (enterpriseId != null) {
                c.check("enterpriseId", enterpriseExists(enterpriseId), "party.not-found", enterpriseId);
            } else {
                c.check("organisationId", organisationExists(organisationId), "party.not-found", organisationId);
            }
            c.throwIfAny();
            participant = enterpriseId != null ? "E:" + enterpriseId : "O:" + organisationId;
        } else {
            throw LineAccess.forbidden();
        }
        String who = participant;
        return UnitOfWork.write(emf, em -> {
            EventEntity e = em.find(EventEntity.class, eventId);
            if (e == null) {
                throw TEXTS.notFound("event.not-found", eventId);
            }
            List<String> signed = toDto(e, em).signups();
            if (signed.contains(who)) {
                throw TEXTS.conflict("event.duplicate", "eventId");
            }
            if (signed.size() >= e.capacity) {
                throw TEXTS.conflict("event.full", "eventId", e.title, e.capacity);
            }
            // two sign-ups for the last place at once: the second meets a stale version (409)
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            SignupEntity s = new SignupEntity();
            s.eventId = eventId;
            s.participant = who;
            s.createdAt = now();
            em.persist(s);
            em.flush();
            return toDto(e, em);
        });
    }

    // ---- indicators ---------------------------------------------------------------------------------------

    long countPostings() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(p) FROM PostingEntity p", Long.class)
                .getSingleResult());
    }

    long proposedMatches() {
        Long n = UnitOfWork.read(emf, em -> em.createQuery(
                "SELECT SUM(p.proposed) FROM PostingEntity p WHERE p.openFlag = 1", Long.class).getSingleResult());
        return n == null ? 0 : n;
    }

    long introductions(Outcome outcome) {
        return UnitOfWork.read(emf, em -> {
            TypedQuery<Long> q = em.createQuery("SELECT COUNT(i) FROM IntroductionEntity i"
                    + (outcome == null ? "" : " WHERE i.outcome = :o"), Long.class);
            if (outcome != null) {
                q.setParameter("o", outcome);
            }
            return q.getSingleResult();
        });
    }

    BigDecimal dealAmount() {
        BigDecimal s = UnitOfWork.read(emf, em -> em.createQuery("SELECT SUM(i.amount) FROM IntroductionEntity i"
                + " WHERE i.outcome = :o", BigDecimal.class).setParameter("o", Outcome.SIGNED).getSingleResult());
        return s == null ? BigDecimal.ZERO : s;
    }
}

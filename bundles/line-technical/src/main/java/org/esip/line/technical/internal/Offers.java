package org.esip.line.technical.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.technical.api.Offer;
import org.esip.line.technical.api.OfferDraft;
import org.esip.line.technical.api.ServiceMode;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.ServiceDomain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The catalogue of technical service offers (clause 5.2.4.1), kept by staff and by each organisation for itself. */
@Component(service = Offers.class)
public class Offers {
    private final EntityManagerFactory emf;
    private final OrganisationService organisations;
    private final AuditService audit;

    @Activate
    public Offers(@Reference(target = "(osgi.unit.name=esip-technical)") EntityManagerFactory emf,
            @Reference TechnicalSchema schema, @Reference OrganisationService organisations,
            @Reference AuditService audit) {
        this.audit = audit;
        this.emf = emf;
        this.organisations = organisations;
    }

    /** A technical domain by its name or its Chinese name, or null. */
    static ServiceDomain domain(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (ServiceDomain d : ServiceDomain.values()) {
            if (d.technical() && (d.name().equalsIgnoreCase(t) || d.nameZh().equals(t))) {
                return d;
            }
        }
        return null;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String choices(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** Every problem of a draft of {@code organisation} ({@code null}: unknown), each field once. */
    static List<FieldViolation> check(OfferDraft d, Organisation organisation, boolean change) {
        FieldChecks c = new FieldChecks(Technical.TEXTS);
        c.required("organisationId", d.organisationId());
        if (d.organisationId() != null && organisation == null) {
            c.check("organisationId", false, "organisation.unknown", d.organisationId());
        }
        c.required("domain", d.domain());
        if (d.domain() != null && !d.domain().isBlank()) {
            c.check("domain", domain(d.domain()) != null, "offer.domain-not-technical", d.domain());
        }
        c.required("title", d.title()).maxLength("title", d.title(), 200);
        c.required("scope", d.scope()).maxLength("scope", d.scope(), 2000);
        c.required("qualificationType", d.qualificationType()).maxLength("qualificationType", d.qualificationType(), 200);
        c.maxLength("qualificationNumber", d.qualificationNumber(), 100);
        if (organisation != null && d.qualificationType() != null && !d.qualificationType().isBlank()) {
            c.check("qualificationType", OfferRules.qualification(organisation, d.qualificationType(),
                    d.qualificationNumber()).isPresent(), "offer.qualification-not-held", d.qualificationType(),
                    String.join("、", organisation.qualifications().stream().map(q -> q.type()).toList()));
        }
        c.notNegative("priceMin", d.priceMin()).notNegative("priceMax", d.priceMax());
        c.check("priceMax", d.priceMax() == null || d.priceMin() != null && d.priceMax().compareTo(d.priceMin()) >= 0,
                "offer.price-range");
        c.check("priceMin", d.priceMin() == null || d.priceMin().compareTo(new BigDecimal("100000000")) < 0,
                "field.out-of-range", 0, 100000000);
        c.maxLength("priceUnit", d.priceUnit(), 50);
        c.required("durationDays", d.durationDays()).range("durationDays", d.durationDays(), 1, 365);
        c.required("mode", d.mode());
        if (d.mode() != null && !d.mode().isBlank()) {
            c.check("mode", choice(ServiceMode.class, d.mode()) != null, "field.invalid-value", choices(ServiceMode.class));
        }
        if (change) {
            c.required("version", d.version());
        }
        return c.violations();
    }

    private Organisation organisationOrNull(Long id) {
        return Technical.organisationOrNull(organisations, id);
    }

    /** Staff for any organisation; an organisation's user only for its own. */
    private static OfferDraft forCaller(Actor actor, OfferDraft d) {
        Long owner = Technical.owner(actor, d.organisationId());
        return new OfferDraft(owner, d.domain(), d.title(), d.scope(), d.qualificationType(), d.qualificationNumber(),
                d.priceMin(), d.priceMax(), d.priceUnit(), d.durationDays(), d.mode(), d.active(), d.version());
    }

    private static void fill(OfferEntity e, OfferDraft d) {
        e.organisationId = d.organisationId();
        e.domain = domain(d.domain());
        e.title = d.title().strip();
        e.scope = d.scope().strip();
        e.qualificationType = d.qualificationType().strip();
        e.qualificationNumber = Technical.strip(d.qualificationNumber());
        e.priceMin = d.priceMin();
        e.priceMax = d.priceMax();
        e.priceUnit = Technical.strip(d.priceUnit());
        e.durationDays = d.durationDays();
        e.mode = choice(ServiceMode.class, d.mode());
        if (d.active() != null) {
            e.active = d.active();
        }
    }

    public Offer create(Actor actor, OfferDraft draft) {
        OfferDraft d = forCaller(actor, draft == null ? empty() : draft);
        Organisation o = organisationOrNull(d.organisationId());
        Technical.throwIfAny(check(d, o, false));
        organisations.requireAdmitted(o.id());
        Offer created = UnitOfWork.write(emf, em -> {
            OfferEntity e = new OfferEntity();
            fill(e, d);
            e.createdAt = Technical.now();
            em.persist(e);
            em.flush();
            return toDto(e, new HashMap<>(Map.of(o.id(), o)));
        });
        audit.record(actor, "technical-offer-create", "technical-offer", String.valueOf(created.id()), created.title());
        return created;
    }

    public Offer update(Actor actor, long id, OfferDraft draft) {
        OfferEntity current = entity(id);
        OfferDraft asked = draft == null ? empty() : draft;
        OfferDraft d = forCaller(actor, new OfferDraft(current.organisationId, asked.domain(), asked.title(),
                asked.scope(), asked.qualificationType(), asked.qualificationNumber(), asked.priceMin(), asked.priceMax(),
                asked.priceUnit(), asked.durationDays(), asked.mode(), asked.active(), asked.version()));
        if (!d.organisationId().equals(current.organisationId)) {
            throw Technical.TEXTS.notFound("offer.not-found", id);
        }
        Organisation o = organisationOrNull(d.organisationId());
        Technical.throwIfAny(check(d, o, true));
        Offer changed = UnitOfWork.write(emf, em -> {
            OfferEntity e = em.find(OfferEntity.class, id);
            if (e.version != d.version()) {
                throw Technical.TEXTS.conflict("version.stale", "version");
            }
            fill(e, d);
            em.flush();
            return toDto(e, new HashMap<>(Map.of(o.id(), o)));
        });
        audit.record(actor, "technical-offer-update", "technical-offer", String.valueOf(id), changed.title());
        return changed;
    }

    private static OfferDraft empty() {
        return new OfferDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    OfferEntity entity(long id) {
        OfferEntity e = UnitOfWork.read(emf, em -> em.find(OfferEntity.class, id));
        if (e == null) {
            throw Technical.TEXTS.notFound("offer.not-found", id);
        }
        return e;
    }

    public Offer get(long id) {
        return toDto(entity(id), new HashMap<>());
    }

    /** The offer's organisation as it stands now (null when it is gone). */
    Organisation organisationOf(OfferEntity e) {
        return organisationOrNull(e.organisationId);
    }

    public Page<Offer> search(String text, ServiceDomain domain, Long organisationId, boolean bookableOnly,
            PageRequest page) {
        return UnitOfWork.read(emf, em -> {
            // Not "1 = 1": a comparison of two constants makes EclipseLink print every value inline on Derby, and Derby
            // compares no BOOLEAN column with the 1 it would print.
            StringBuilder where = new StringBuilder(" WHERE o.id IS NOT NULL");
            Map<String, Object> params = new HashMap<>();
            if (text != null && !text.isBlank()) {
                where.append(" AND (LOWER(o.title) LIKE :q OR LOWER(o.scope) LIKE :q)");
                params.put("q", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
            }
            if (domain != null) {
                where.append(" AND o.domain = :d");
                params.put("d", domain);
            }
            if (organisationId != null) {
                where.append(" AND o.organisationId = :org");
                params.put("org", organisationId);
            }
            if (bookableOnly) {
                where.append(" AND o.active = :yes");
                params.put("yes", Boolean.TRUE);
            }
            TypedQuery<OfferEntity> q = em.createQuery("SELECT o FROM OfferEntity o" + where + " ORDER BY o.id", OfferEntity.class);
            TypedQuery<Long> n = em.createQuery("SELECT COUNT(o) FROM OfferEntity o" + where, Long.class);
            params.forEach((k, v) -> {
                q.setParameter(k, v);
                n.setParameter(k, v);
            });
            Map<Long, Organisation> orgs = new HashMap<>();
            List<Offer> items = new ArrayList<>();
            if (bookableOnly) {
                // Bookability depends on the organisation now: filter in memory over the active ones.
                List<Offer> all = q.getResultList().stream().map(e -> toDto(e, orgs)).filter(Offer::bookable).toList();
                int from = Math.min(all.size(), page.page() * page.size());
                return new Page<>(all.subList(from, Math.min(all.size(), from + page.size())), page.page(), page.size(),
                        all.size());
            }
            for (OfferEntity e : q.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList()) {
                items.add(toDto(e, orgs));
            }
            return new Page<>(items, page.page(), page.size(), n.getSingleResult());
        });
    }

    long countActive() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(o) FROM OfferEntity o WHERE o.active = :yes",
                Long.class).setParameter("yes", Boolean.TRUE).getSingleResult());
    }

    Offer toDto(OfferEntity e, Map<Long, Organisation> cache) {
        Organisation o = cache.computeIfAbsent(e.organisationId, id -> organisationOrNull(id));
        Optional<OfferRules.Refusal> refusal = OfferRules.refusal(e.active, o, e.qualificationType,
                e.qualificationNumber, Technical.today());
        LocalDate validUntil = OfferRules.qualification(o, e.qualificationType, e.qualificationNumber)
                .map(q -> q.validUntil()).orElse(null);
        return new Offer(e.id, e.organisationId, o == null ? null : o.name(), e.domain, e.domain.nameZh(),
                e.domain.nameEn(), e.title, e.scope, e.qualificationType, e.qualificationNumber, validUntil, e.priceMin,
                e.priceMax, e.priceUnit, e.durationDays, e.mode, e.active, refusal.isEmpty(),
                refusal.map(r -> Technical.TEXTS.zh(r.key(), r.args())).orElse(null),
                refusal.map(r -> Technical.TEXTS.en(r.key(), r.args())).orElse(null), Technical.instant(e.createdAt),
                e.version);
    }

    /** Stores every draft in one unit of work (the import, once every row passed). */
    void storeAll(List<OfferDraft> drafts) {
        UnitOfWork.run(emf, em -> {
            for (OfferDraft d : drafts) {
                OfferEntity e = new OfferEntity();
                fill(e, d);
                e.createdAt = Technical.now();
                em.persist(e);
            }
        });
    }

    long countAll() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(o) FROM OfferEntity o", Long.class)
                .getSingleResult());
    }
}

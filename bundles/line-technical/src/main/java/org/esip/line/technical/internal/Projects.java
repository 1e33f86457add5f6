package org.esip.line.technical.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.technical.api.Cooperation;
import org.esip.line.technical.api.Introduction;
import org.esip.line.technical.api.IntroductionStatus;
import org.esip.line.technical.api.Maturity;
import org.esip.line.technical.api.PosterKind;
import org.esip.line.technical.api.Project;
import org.esip.line.technical.api.ProjectDraft;
import org.esip.line.technical.api.ProjectKind;
import org.esip.line.technical.api.ProjectMatch;
import org.esip.provider.api.OrganisationService;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The project library of new products and new technologies (clause 5.2.4.2): projects posted by organisations,
 * universities or enterprises; enterprises matched to them by industry and tags with the reasons; an enterprise's
 * interest followed by staff to an outcome.
 */
@Component(service = Projects.class)
public class Projects {
    static final int MAX_TAGS = 10;
    private final EntityManagerFactory emf;
    private final EnterpriseService enterprises;
    private final OrganisationService organisations;
    private final AuditService audit;

    @Activate
    public Projects(@Reference(target = "(osgi.unit.name=esip-technical)") EntityManagerFactory emf,
            @Reference TechnicalSchema schema, @Reference EnterpriseService enterprises,
            @Reference OrganisationService organisations, @Reference AuditService audit) {
        this.audit = audit;
        this.emf = emf;
        this.enterprises = enterprises;
        this.organisations = organisations;
    }

    static List<FieldViolation> check(ProjectDraft d, boolean change) {
        FieldChecks c = new FieldChecks(Technical.TEXTS);
        c.required("title", d.title()).maxLength("title", d.title(), 200);
        enumField(c, "kind", d.kind(), ProjectKind.class);
        enumField(c, "posterKind", d.posterKind(), PosterKind.class);
        c.maxLength("posterName", d.posterName(), 200);
        c.required("industryCode", d.industryCode());
        if (d.industryCode() != null && !d.industryCode().isBlank()) {
            c.check("industryCode", d.industryCode().strip().toUpperCase(Locale.ROOT).matches("[A-T](\\d{2,4})?"),
                    "project.industry-code");
        }
        enumField(c, "maturity", d.maturity(), Maturity.class);
        enumField(c, "cooperation", d.cooperation(), Cooperation.class);
        if (d.tags() != null) {
            c.check("tags", d.tags().size() <= MAX_TAGS, "project.too-many-tags", MAX_TAGS);
            c.check("tags", d.tags().stream().allMatch(t -> t != null && !t.isBlank() && t.strip().length() <= 30
                    && !t.contains("|")), "project.tag-invalid");
        }
        c.required("summary", d.summary()).maxLength("summary", d.summary(), 4000);
        if (change) {
            c.required("version", d.version());
        }
        return c.violations();
    }

    private static void enumField(FieldChecks c, String field, String value, Class<? extends Enum<?>> type) {
        c.required(field, value);
        if (value != null && !value.isBlank()) {
            c.check(field, Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equalsIgnoreCase(value.strip())),
                    "field.invalid-value", Offers.choices(type));
        }
    }

    /** Who posts: an organisation's or enterprise's user for itself (named from its record), staff for anyone. */
    private ProjectDraft forCaller(Actor actor, ProjectDraft d) {
        if (LineAccess.isMaintainer(actor)) {
            PosterKind k = Offers.choice(PosterKind.class, d.posterKind());
            List<FieldViolation> v = new ArrayList<>(check(d, false));
            if (k != null && (d.posterName() == null || d.posterName().isBlank())) {
                String name = null;
                try {
                    if (k == PosterKind.ORGANISATION && d.posterId() != null) {
                        name = organisations.get(d.posterId()).name();
                    } else if (k == PosterKind.ENTERPRISE && d.posterId() != null) {
                        name = enterprises.get(d.posterId()).name();
                    }
                } catch (NotFoundException e) {
                    v.add(Technical.TEXTS.violation("posterId", "project.poster-unknown", d.posterId()));
                }
                if (name == null && v.stream().noneMatch(x -> x.field().equals("posterId"))) {
                    v.add(Technical.TEXTS.violation("posterName", "field.required"));
                }
                d = with(d, k.name(), d.posterId(), name);
            }
            Technical.throwIfAny(v);
            return d;
        }
        if (actor.has(Role.ORGANISATION) && actor.organisationId() != null) {
            return with(d, PosterKind.ORGANISATION.name(), actor.organisationId(),
                    organisations.get(actor.organisationId()).name());
        }
        if (actor.has(Role.ENTERPRISE) && actor.enterpriseId() != null) {
            return with(d, PosterKind.ENTERPRISE.name(), actor.enterpriseId(), enterprises.get(actor.enterpriseId()).name());
        }
        throw LineAccess.forbidden();
    }

    private static ProjectDraft with(ProjectDraft d, String kind, Long id, String name) {
        return new ProjectDraft(d.title(), d.kind(), kind, id, name, d.industryCode(), d.maturity(), d.cooperation(),
                d.tags(), d.summary(), d.open(), d.version());
    }

    private static void fill(ProjectEntity e, ProjectDraft d) {
        e.title = d.title().strip();
        e.kind = Offers.choice(ProjectKind.class, d.kind());
        e.posterKind = Offers.choice(PosterKind.class, d.posterKind());
        e.posterId = e.posterKind == PosterKind.UNIVERSITY ? null : d.posterId();
        e.posterName = d.posterName().strip();
        e.industryCode = d.industryCode().strip().toUpperCase(Locale.ROOT);
        e.maturity = Offers.choice(Maturity.class, d.maturity());
        e.cooperation = Offers.choice(Cooperation.class, d.cooperation());
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        if (d.tags() != null) {
            d.tags().forEach(t -> tags.add(t.strip()));
        }
        e.tags = tags.isEmpty() ? null : String.join("|", tags);
        e.summary = d.summary().strip();
        if (d.open() != null) {
            e.open = d.open();
        }
    }

    private static ProjectDraft empty() {
        return new ProjectDraft(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Project create(Actor actor, ProjectDraft draft) {
        ProjectDraft d = forCaller(actor, draft == null ? empty() : draft);
        Technical.throwIfAny(check(d, false));
        Project created = UnitOfWork.write(emf, em -> {
            ProjectEntity e = new ProjectEntity();
            fill(e, d);
            e.createdAt = Technical.now();
            em.persist(e);
            em.flush();
            return toDto(e);
        });
        audit.record(actor, "technical-project-create", "technical-project", String.valueOf(created.id()), created.title());
        return created;
    }

    /** Staff, or the organisation or enterprise that posted it. */
    public Project update(Actor actor, long id, ProjectDraft draft) {
        ProjectEntity current = entity(id);
        boolean poster = current.posterKind == PosterKind.ORGANISATION && LineAccess.isOrganisation(actor, current.posterId)
                || current.posterKind == PosterKind.ENTERPRISE && actor.has(Role.ENTERPRISE)
                        && current.posterId != null && current.posterId.equals(actor.enterpriseId());
        if (!LineAccess.isMaintainer(actor) && !poster) {
            throw LineAccess.forbidden();
        }
        ProjectDraft a = draft == null ? empty() : draft;
        ProjectDraft d = new ProjectDraft(a.title(), a.kind(), current.posterKind.name(), current.posterId,
                current.posterName, a.industryCode(), a.maturity(), a.cooperation(), a.tags(), a.summary(), a.open(),
                a.version());
        Technical.throwIfAny(check(d, true));
        Project changed = UnitOfWork.write(emf, em -> {
            ProjectEntity e = em.find(ProjectEntity.class, id);
            if (e.version != d.version()) {
                throw Technical.TEXTS.conflict("version.stale", "version");
            }
            fill(e, d);
            em.flush();
            return toDto(e);
        });
        audit.record(actor, "technical-project-update", "technical-project", String.valueOf(id), changed.title());
        return changed;
    }

    ProjectEntity entity(long id) {
        ProjectEntity e = UnitOfWork.read(emf, em -> em.find(ProjectEntity.class, id));
        if (e == null) {
            throw Technical.TEXTS.notFound("project.not-found", id);
        }
        return e;
    }

    public Project get(long id) {
        return toDto(entity(id));
    }

    static List<String> tags(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split("\\|"));
    }

    static Project toDto(ProjectEntity e) {
        return new Project(e.id, e.title, e.kind, e.posterKind, e.posterId, e.posterName, e.industryCode, e.maturity,
                e.cooperation, tags(e.tags), e.summary, e.open, Technical.instant(e.createdAt), e.version);
    }

    public Page<Project> search(String text, String industry, String tag, ProjectKind kind, PageRequest page) {
        return UnitOfWork.read(emf, em -> {
            StringBuilder where = new StringBuilder(" WHERE p.open = :yes");
            Map<String, Object> params = new HashMap<>();
            params.put("yes", Boolean.TRUE);
            if (text != null && !text.isBlank()) {
                where.append(" AND (LOWER(p.title) LIKE :q OR LOWER(p.summary) LIKE :q OR LOWER(p.posterName) LIKE :q)");
                params.put("q", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
            }
            if (industry != null && !industry.isBlank()) {
                where.append(" AND p.industryCode LIKE :ind");
                params.put("ind", industry.strip().toUpperCase(Locale.ROOT) + "%");
            }
            if (tag != null && !tag.isBlank()) {
                where.append(" AND CONCAT(CONCAT('|', p.tags), '|') LIKE :tag");
                params.put("tag", "%|" + tag.strip() + "|%");
            }
            if (kind != null) {
                where.append(" AND p.kind = :kind");
                params.put("kind", kind);
            }
            var q = em.createQuery("SELECT p FROM ProjectEntity p" + where + " ORDER BY p.id DESC", ProjectEntity.class);
            var n = em.createQuery("SELECT COUNT(p) FROM ProjectEntity p" + where, Long.class);
            params.forEach((k, v) -> {
                q.setParameter(k, v);
                n.setParameter(k, v);
            });
            List<Project> items = q.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList()
                    .stream().map(Projects::toDto).toList();
            return new Page<>(items, page.page(), page.size(), n.getSingleResult());
        });
    }

    /** The open projects matched to an enterprise by industry and tags, best first, with the reasons. */
    public List<ProjectMatch> matches(Actor actor, Long enterpriseId, int limit) {
        Long id = LineAccess.enterpriseFilter(actor, enterpriseId);
        if (id == null) {
            throw Technical.TEXTS.invalid("enterpriseId", "field.required");
        }
        Enterprise e = enterprise(id);
        Set<String> tags = new HashSet<>(e.tags());
        tags.addAll(e.freeTags());
        List<ProjectEntity> open = UnitOfWork.read(emf, em -> em.createQuery(
                "SELECT p FROM ProjectEntity p WHERE p.open = :yes", ProjectEntity.class).setParameter("yes", Boolean.TRUE)
                .getResultList());
        return open.stream().map(p -> ProjectMatcher.match(e.industryCode(), tags, toDto(p))).filter(m -> m.score() > 0)
                .sorted(Comparator.comparingInt(ProjectMatch::score).reversed()
                        .thenComparing(m -> -m.project().id()))
                .limit(limit).toList();
    }

    private Enterprise enterprise(long id) {
        try {
            return enterprises.get(id);
        } catch (NotFoundException x) {
            throw Technical.TEXTS.invalid("enterpriseId", "enterprise.unknown", id);
        }
    }

    /** An enterprise says it is interested in a project; once per project (409 on {@code projectId} otherwise). */
    public Introduction interest(Actor actor, long projectId, Long enterpriseId, String message) {
        new FieldChecks(Technical.TEXTS).maxLength("message", message, 1000).throwIfAny();
        long enterprise = LineAccess.actingEnterprise(actor, enterpriseId, "enterpriseId");
        Enterprise e = enterprise(enterprise);
        ProjectEntity p = entity(projectId);
        if (!p.open) {
            throw Technical.TEXTS.conflict("project.closed", "projectId", p.title);
        }
        try {
            return UnitOfWork.write(emf, em -> {
                boolean already = !em.createQuery("SELECT i.id FROM IntroductionEntity i WHERE i.projectId = :p"
                        + " AND i.enterpriseId = :e", Long.class).setParameter("p", projectId).setParameter("e", enterprise)
                        .getResultList().isEmpty();
                if (already) {
                    throw Technical.TEXTS.conflict("introduction.duplicate", "projectId", p.title);
                }
                IntroductionEntity i = new IntroductionEntity();
                i.projectId = projectId;
                i.enterpriseId = enterprise;
                i.message = Technical.strip(message);
                i.createdAt = Technical.now();
                i.updatedAt = i.createdAt;
                em.persist(i);
                em.flush();
                return toDto(i, p.title, e.name());
            });
        } catch (PersistenceException x) {
            throw Technical.TEXTS.conflict("introduction.duplicate", "projectId", p.title);
        }
    }

    private Introduction toDto(IntroductionEntity i, String projectTitle, String enterpriseName) {
        return new Introduction(i.id, i.projectId, projectTitle, i.enterpriseId, enterpriseName, i.message, i.status,
                i.outcome, Technical.instant(i.introducedAt), Technical.instant(i.createdAt),
                Technical.instant(i.updatedAt), i.version);
    }

    private String enterpriseName(long id) {
        try {
            return enterprises.get(id).name();
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Staff move an introduction on; an outcome (SIGNED, DECLINED) needs its description. */
    public Introduction advance(Actor actor, long id, Long version, IntroductionStatus status, String outcome) {
        if (!LineAccess.isMaintainer(actor)) {
            throw LineAccess.forbidden();
        }
        FieldChecks c = new FieldChecks(Technical.TEXTS).required("version", version).required("status", status)
                .maxLength("outcome", outcome, 2000);
        if (status != null && status.outcome()) {
            c.required("outcome", outcome);
        }
        c.throwIfAny();
        Introduction moved = UnitOfWork.write(emf, em -> {
            IntroductionEntity i = em.find(IntroductionEntity.class, id);
            if (i == null) {
                throw Technical.TEXTS.notFound("introduction.not-found", id);
            }
            if (i.version != version) {
                throw Technical.TEXTS.conflict("version.stale", "version");
            }
            if (!i.status.next().contains(status)) {
                throw Technical.TEXTS.conflict("introduction.transition", "status", i.status, status,
                        i.status.next().isEmpty() ? "—" : String.join(", ", i.status.next().stream().map(Enum::name).toList()));
            }
            LocalDateTime now = Technical.now();
            i.status = status;
            if (status == IntroductionStatus.INTRODUCED) {
                i.introducedAt = now;
            }
            if (outcome != null && !outcome.isBlank()) {
                i.outcome = outcome.strip();
            }
            i.updatedAt = now;
            em.flush();
            return toDto(i, em.find(ProjectEntity.class, i.projectId).title, enterpriseName(i.enterpriseId));
        });
        audit.record(actor, "technical-introduction-" + status.name().toLowerCase(Locale.ROOT), "technical-introduction",
                String.valueOf(id), moved.projectTitle());
        return moved;
    }

    /** Introductions the caller may see, newest first: an enterprise its own; readers any, by project or status. */
    public Page<Introduction> introductions(Actor actor, Long enterpriseId, Long projectId, IntroductionStatus status,
            PageRequest page) {
        Long e = LineAccess.enterpriseFilter(actor, enterpriseId);
        String where = " WHERE i.id IS NOT NULL" + (e == null ? "" : " AND i.enterpriseId = :e")
                + (projectId == null ? "" : " AND i.projectId = :p") + (status == null ? "" : " AND i.status = :s");
        return UnitOfWork.read(emf, em -> {
            var q = em.createQuery("SELECT i FROM IntroductionEntity i" + where + " ORDER BY i.id DESC",
                    IntroductionEntity.class);
            var n = em.createQuery("SELECT COUNT(i) FROM IntroductionEntity i" + where, Long.class);
            if (e != null) {
                q.setParameter("e", e);
                n.setParameter("e", e);
            }
            if (projectId != null) {
                q.setParameter("p", projectId);
                n.setParameter("p", projectId);
            }
            if (status != null) {
                q.setParameter("s", status);
                n.setParameter("s", status);
            }
            Map<Long, String> titles = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            List<Introduction> items = q.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                    .getResultList().stream().map(i -> toDto(i,
                            titles.computeIfAbsent(i.projectId, pid -> em.find(ProjectEntity.class, pid).title),
                            names.computeIfAbsent(i.enterpriseId, this::enterpriseName))).toList();
            return new Page<>(items, page.page(), page.size(), n.getSingleResult());
        });
    }

    /** Introductions made (牵线): those staff moved to INTRODUCED at some point. */
    long introduced() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(i) FROM IntroductionEntity i"
                + " WHERE i.introducedAt IS NOT NULL", Long.class).getSingleResult());
    }

    long countAll() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT COUNT(p) FROM ProjectEntity p", Long.class)
                .getSingleResult());
    }
}

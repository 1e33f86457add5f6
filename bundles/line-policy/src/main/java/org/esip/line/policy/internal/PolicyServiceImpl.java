package org.esip.line.policy.internal;

import static org.esip.line.policy.internal.PolicyServiceLine.TEXTS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.TypedQuery;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.FileStore;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.SpreadsheetReader;
import org.esip.core.api.StoredFile;
import org.esip.core.api.ValidationException;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.Eligibility;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyCategory;
import org.esip.line.policy.api.PolicyDraft;
import org.esip.line.policy.api.PolicyEligibility;
import org.esip.line.policy.api.PolicyFile;
import org.esip.line.policy.api.PolicyLevel;
import org.esip.line.policy.api.PolicyQuery;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatistics;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.registry.api.ImportReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.LoggerFactory;

@Component(service = PolicyService.class)
public class PolicyServiceImpl implements PolicyService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> SORTS = Map.of("publishedOn", "p.publishedOn", "title", "p.title",
            "expiresOn", "p.expiresOn", "benefitWan", "p.benefitWan", "id", "p.id");

    private final EntityManagerFactory emf;
    private final Clock clock = Clock.systemUTC();
    /** Matching and pushing, told after each stored change (dynamic: they depend on this service). */
    private final List<PolicyListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addListener(PolicyListener l) {
        listeners.add(l);
    }

    void removeListener(PolicyListener l) {
        listeners.remove(l);
    }

    private Policy told(Policy before, Policy after) {
        for (PolicyListener l : listeners) {
            try {
                l.changed(before, after);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(PolicyServiceImpl.class)
                        .error("After policy {} changed, {} failed", after.id(), l.getClass().getSimpleName(), e);
            }
        }
        return after;
    }

    private final SpreadsheetReader spreadsheets;
    private final FileStore fileStore;

    @Activate
    public PolicyServiceImpl(@Reference(target = "(osgi.unit.name=esip-policy)") EntityManagerFactory emf,
            @Reference PolicySchema schema, @Reference SpreadsheetReader spreadsheets,
            @Reference FileStore fileStore, @Reference AuditService audit) {
        this.audit = audit;
        this.emf = emf;
        this.fileStore = fileStore;
        this.spreadsheets = spreadsheets;
    }

    private final AuditService audit;

    /** Every change to the policy library goes into the platform's audit log, after it committed. */
    private Policy audited(Actor actor, String action, Policy p, String detail) {
        audit.record(actor == null ? Actor.system("policy-line") : actor, action, "policy", String.valueOf(p.id()),
                p.status() + " " + p.title() + (detail == null ? "" : " — " + detail));
        return p;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return UnitOfWork.write(emf, work);
    }

    private <T> T read(Function<EntityManager, T> work) {
        return UnitOfWork.read(emf, work);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    @Override
    public Policy create(Actor actor, PolicyDraft draft) {
        PolicyEntity e = new PolicyEntity();
        apply(draft, e);
        e.createdAt = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        return audited(actor, "policy-create", told(null, inTransaction(em -> {
            em.persist(e);
            em.flush();
            return e.toDto();
        })), null);
    }

    @Override
    public Policy update(Actor actor, long id, PolicyDraft draft) {
        if (draft != null && draft.version() == null) {
            throw TEXTS.invalid("version", "field.required");
        }
        Policy[] before = {null};
        Policy after = inTransaction(em -> {
            PolicyEntity e = find(em, id);
            before[0] = e.toDto();
            stale(e, draft.version());
            if (e.status == PolicyStatus.WITHDRAWN || e.status == PolicyStatus.EXPIRED) {
                throw TEXTS.conflict("policy.finished", "status", e.status);
            }
            apply(draft, e);
            em.flush();
            return e.toDto();
        });
        return audited(actor, "policy-update", told(before[0], after), null);
    }

    private static void stale(PolicyEntity e, long version) {
        if (e.version != version) {
            throw TEXTS.conflict("policy.stale", "version", e.id, e.version);
        }
    }

    /** Checks a draft (every bad field at once) and copies it onto the entity. */
    static void apply(PolicyDraft d, PolicyEntity e) {
        if (d == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        String title = stripped(d.title());
        String number = stripped(d.documentNumber());
        String issuer = stripped(d.issuer());
        String region = stripped(d.regionCode());
        String summary = stripped(d.summary());
        String interpretation = stripped(d.interpretation());
        String url = stripped(d.originalUrl());
        String benefit = stripped(d.benefit());
        String handOff = stripped(d.handOffSystem());
        FieldChecks v = new FieldChecks(TEXTS)
                .required("title", title).maxLength("title", title, 300)
                .maxLength("documentNumber", number, 100)
                .required("issuer", issuer).maxLength("issuer", issuer, 200)
                .required("level", d.level()).required("category", d.category())
                .required("handlingMode", d.handlingMode())
                .required("regionCode", region)
                .check("regionCode", region == null || region.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}"), "policy.region-code")
                .check("expiresOn", d.effectiveFrom() == null || d.expiresOn() == null
                        || !d.expiresOn().isBefore(d.effectiveFrom()), "policy.expires-before-effective")
                .check("benefitWan", d.benefitWan() == null || d.benefitWan().signum() >= 0
                        && d.benefitWan().stripTrailingZeros().scale() <= 2
                        && d.benefitWan().compareTo(new BigDecimal("999999999999")) <= 0, "policy.amount")
                .maxLength("summary", summary, 2000)
                .maxLength("interpretation", interpretation, 8000)
                .maxLength("originalUrl", url, 500)
                .check("originalUrl", url == null || url.matches("https?://\\S+"), "policy.url")
                .maxLength("benefit", benefit, 1000)
                .maxLength("handOffSystem", handOff, 500)
                .check("handOffSystem", d.handlingMode() != BenefitRoute.HAND_OFF || handOff != null,
                        "policy.hand-off-system");
        Set<String> tags = new LinkedHashSet<>();
        if (d.tags() != null) {
            for (String t : d.tags()) {
                boolean ok = t != null && !t.isBlank() && t.strip().length() <= 50;
                v.check("tags", ok, "policy.tag");
                if (ok) {
                    tags.add(t.strip());
                }
            }
        }
        List<String> materials = new ArrayList<>();
        if (d.materials() != null) {
            for (String m : d.materials()) {
                boolean ok = m != null && !m.isBlank() && m.strip().length() <= 200;
                v.check("materials", ok, "policy.material");
                if (ok) {
                    materials.add(m.strip());
                }
            }
        }
        v.check("materials", d.handlingMode() != BenefitRoute.ONLINE_APPLICATION || !materials.isEmpty(),
                "policy.materials-required");
        List<Eligibility> versions = d.eligibility() == null ? List.of() : d.eligibility();
        if (versions.stream().anyMatch(Objects::isNull)) {
            v.check("eligibility", false, "policy.eligibility", "null");
        } else {
            try {
                new PolicyEligibility(0, versions);
            } catch (IllegalArgumentException x) {
                v.check("eligibility", false, "policy.eligibility", x.getMessage());
            }
        }
        // 免申即享 rests on the data deciding eligibility: it needs conditions to decide.
        v.check("eligibility", d.handlingMode() != BenefitRoute.EXEMPT || !versions.isEmpty()
                || d.eligibility() == null && e.eligibilityJson != null, "policy.exempt-needs-conditions");
        v.throwIfAny();
        if (d.eligibility() != null) {
            // Left out (as in a CSV import): the conditions stay as they are; an empty list removes them.
            e.eligibilityJson = EligibilityJson.write(versions);
        }
        e.title = title;
        e.documentNumber = number;
        e.issuer = issuer;
        e.level = d.level();
        e.regionCode = region;
        e.category = d.category();
        e.publishedOn = d.publishedOn();
        e.effectiveFrom = d.effectiveFrom();
        e.expiresOn = d.expiresOn();
        e.summary = summary;
        e.interpretation = interpretation;
        e.originalUrl = url;
        e.benefitWan = d.benefitWan() == null ? null : d.benefitWan().setScale(2, RoundingMode.UNNECESSARY);
        e.benefit = benefit;
        e.handlingMode = d.handlingMode();
        e.handOffSystem = handOff;
        e.tags.clear();
        e.tags.addAll(tags);
        e.materials.clear();
        e.materials.addAll(materials);
    }

    /** Text as given, without surrounding blanks; blank is "not given". */
    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static PolicyEntity find(EntityManager em, long id) {
        PolicyEntity e = em.find(PolicyEntity.class, id);
        if (e == null) {
            throw TEXTS.notFound("policy.not-found", id);
        }
        return e;
    }

    @Override
    public Policy get(long id) {
        return read(em -> find(em, id).toDto());
    }

    @Override
    public Page<Policy> search(PolicyQuery q, PageRequest page) {
        PolicyQuery query = q == null ? PolicyQuery.all() : q;
        PageRequest p = page == null ? PageRequest.first() : page;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (LOWER(p.title) LIKE :text OR LOWER(p.documentNumber) LIKE :text"
                    + " OR LOWER(p.summary) LIKE :text OR LOWER(p.issuer) LIKE :text)");
            params.put("text", "%" + query.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (query.category() != null) {
            where.append(" AND p.category = :category");
            params.put("category", query.category());
        }
        if (query.level() != null) {
            where.append(" AND p.level = :level");
            params.put("level", query.level());
        }
        if (query.issuer() != null && !query.issuer().isBlank()) {
            where.append(" AND p.issuer LIKE :issuer");
            params.put("issuer", "%" + query.issuer().strip() + "%");
        }
        if (query.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", query.status());
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            where.append(" AND :tag MEMBER OF p.tags");
            params.put("tag", query.tag().strip());
        }
        if (query.publishedFrom() != null) {
            where.append(" AND p.publishedOn >= :from");
            params.put("from", query.publishedFrom());
        }
        if (query.publishedTo() != null) {
            where.append(" AND p.publishedOn <= :to");
            params.put("to", query.publishedTo());
        }
        String order = order(query.sort());
        return read(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM PolicyEntity p" + where, Long.class);
            TypedQuery<PolicyEntity> items = em.createQuery("SELECT p FROM PolicyEntity p" + where + " ORDER BY "
                    + order, PolicyEntity.class);
            params.forEach((k, val) -> {
                count.setParameter(k, val);
                items.setParameter(k, val);
            });
            long total = count.getSingleResult();
            List<Policy> found = items.setFirstResult((int) p.offset()).setMaxResults(p.size()).getResultList()
                    .stream().map(PolicyEntity::toDto).toList();
            return new Page<>(found, p.page(), p.size(), total);
        });
    }

    /** {@code publishedOn}, {@code -publishedOn} (newest first, the default), title, expiresOn, benefitWan, id. */
    static String order(String sort) {
        if (sort == null || sort.isBlank()) {
            return "p.publishedOn DESC, p.id DESC";
        }
        boolean descending = sort.startsWith("-");
        String field = SORTS.get(descending ? sort.substring(1) : sort);
        if (field == null) {
            throw TEXTS.invalid("sort", "policy.sort", String.join(", ", SORTS.keySet()));
        }
        return field + (descending ? " DESC" : " ASC") + ", p.id DESC";
    }

    @Override
    public Policy publish(Actor actor, long id, long version) {
        LocalDate today = today();
        Policy[] before = {null};
        Policy after = inTransaction(em -> {
            PolicyEntity e = find(em, id);
            before[0] = e.toDto();
            stale(e, version);
            if (e.status != PolicyStatus.DRAFT) {
                throw TEXTS.conflict("policy.transition", "status", e.status, PolicyStatus.PUBLISHED);
            }
            if (e.expiresOn != null && e.expiresOn.isBefore(today)) {
                throw TEXTS.conflict("policy.already-expired", "expiresOn", e.expiresOn);
            }
            e.status = PolicyStatus.PUBLISHED;
            if (e.publishedOn == null) {
                e.publishedOn = today;
            }
            em.flush();
            return e.toDto();
        });
        return audited(actor, "policy-publish", told(before[0], after), null);
    }

    @Override
    public Policy withdraw(Actor actor, long id, long version, String reason) {
        String r = stripped(reason);
        new FieldChecks(TEXTS).required("reason", r).maxLength("reason", r, 1000).throwIfAny();
        Policy[] before = {null};
        Policy after = inTransaction(em -> {
            PolicyEntity e = find(em, id);
            before[0] = e.toDto();
            stale(e, version);
            if (e.status != PolicyStatus.PUBLISHED) {
                throw TEXTS.conflict("policy.transition", "status", e.status, PolicyStatus.WITHDRAWN);
            }
            e.status = PolicyStatus.WITHDRAWN;
            e.withdrawReason = r;
            em.flush();
            return e.toDto();
        });
        return audited(actor, "policy-withdraw", told(before[0], after), r);
    }

    @Override
    public List<Policy> expireDue(LocalDate asOf) {
        return inTransaction(em -> {
            List<PolicyEntity> due = em.createQuery("SELECT p FROM PolicyEntity p WHERE p.status = :published"
                    + " AND p.expiresOn < :asOf", PolicyEntity.class).setParameter("published", PolicyStatus.PUBLISHED)
                    .setParameter("asOf", asOf).getResultList();
            due.forEach(p -> p.status = PolicyStatus.EXPIRED);
            em.flush();
            return due.stream().map(PolicyEntity::toDto).toList();
        }).stream().map(p -> audited(null, "policy-expire", told(null, p), null)).toList();
    }

    @Override
    public PolicyStatistics statistics(int latest) {
        return read(em -> {
            Map<PolicyCategory, Long> byCategory = new EnumMap<>(
                    PolicyCategory.class);
            Map<PolicyLevel, Long> byLevel = new EnumMap<>(
                    PolicyLevel.class);
            Map<PolicyStatus, Long> byStatus = new EnumMap<>(PolicyStatus.class);
            Map<String, Long> byIssuer = new TreeMap<>();
            long total = 0;
            for (Object[] row : em.createQuery("SELECT p.category, p.level, p.status, p.issuer, COUNT(p) FROM PolicyEntity p"
                    + " GROUP BY p.category, p.level, p.status, p.issuer", Object[].class).getResultList()) {
                long n = (Long) row[4];
                total += n;
                byCategory.merge((PolicyCategory) row[0], n, Long::sum);
                byLevel.merge((PolicyLevel) row[1], n, Long::sum);
                byStatus.merge((PolicyStatus) row[2], n, Long::sum);
                byIssuer.merge((String) row[3], n, Long::sum);
            }
            List<Policy> newest = em.createQuery("SELECT p FROM PolicyEntity p WHERE p.status = :published"
                    + " ORDER BY p.publishedOn DESC, p.id DESC", PolicyEntity.class)
                    .setParameter("published", PolicyStatus.PUBLISHED)
                    .setMaxResults(Math.max(1, Math.min(latest, PageRequest.MAX_SIZE))).getResultList().stream()
                    .map(PolicyEntity::toDto).toList();
            return new PolicyStatistics(total, byCategory, byLevel, byIssuer, byStatus,
                    newest, Instant.now(clock));
        });
    }

    @Override
    public ImportReport importPolicies(Actor actor, byte[] content, String format, boolean dryRun) {
        List<PolicyImport.Row> rows = PolicyImport.read(content, format, spreadsheets);
        List<ImportReport.Row> report = new ArrayList<>();
        int[] counts = new int[4];
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            Set<String> seen = new HashSet<>();
            for (PolicyImport.Row row : rows) {
                PolicyDraft d = row.draft();
                String key = d == null ? null : d.documentNumber() != null ? d.documentNumber().strip() : d.title();
                List<FieldViolation> errors = new ArrayList<>(row.errors());
                ImportReport.Outcome outcome = null;
                if (errors.isEmpty() && d != null && d.documentNumber() != null && !seen.add(d.documentNumber().strip())) {
                    errors.add(TEXTS.violation("documentNumber", "import.duplicate", d.documentNumber().strip()));
                }
                if (errors.isEmpty()) {
                    PolicyEntity existing = d == null || d.documentNumber() == null ? null
                            : em.createQuery("SELECT p FROM PolicyEntity p WHERE p.documentNumber = :n", PolicyEntity.class)
                                    .setParameter("n", d.documentNumber().strip()).getResultList().stream().findFirst()
                                    .orElse(null);
                    try {
                        if (existing == null) {
                            PolicyEntity e = new PolicyEntity();
                            apply(d, e);
                            e.createdAt = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
                            em.persist(e);
                            outcome = ImportReport.Outcome.CREATED;
                        } else if (existing.status == PolicyStatus.WITHDRAWN || existing.status == PolicyStatus.EXPIRED) {
                            errors.add(TEXTS.violation("documentNumber", "policy.finished", existing.status));
                        } else {
                            Policy before = existing.toDto();
                            apply(d, existing);
                            outcome = before.equals(existing.toDto()) ? ImportReport.Outcome.UNCHANGED
                                    : ImportReport.Outcome.UPDATED;
                        }
                    } catch (ValidationException e) {
                        errors.addAll(e.violations());
                    }
                }
                if (!errors.isEmpty()) {
                    outcome = ImportReport.Outcome.REJECTED;
                    if (d != null) {
                        // Name every other bad field of the row too, not only those that could not be read.
                        Set<String> named = new HashSet<>();
                        errors.forEach(x -> named.add(x.field()));
                        try {
                            apply(d, new PolicyEntity());
                        } catch (ValidationException e) {
                            e.violations().stream().filter(x -> !named.contains(x.field())).forEach(errors::add);
                        }
                    }
                }
                counts[outcome.ordinal()]++;
                report.add(new ImportReport.Row(row.number(), key, outcome, errors));
            }
            boolean commit = !dryRun && counts[ImportReport.Outcome.REJECTED.ordinal()] == 0;
            if (commit) {
                em.flush();
                tx.commit();
                audit.record(actor, "policy-import", "policy", "*", format + ": created " + counts[0] + ", updated "
                        + counts[1] + ", unchanged " + counts[2]);
            }
            return new ImportReport(commit, dryRun, rows.size(), counts[0], counts[1], counts[2],
                    counts[3], report);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public PolicyFile attach(Actor actor, long policyId, String fileName, byte[] content) {
        get(policyId);
        StoredFile stored = fileStore.store(fileName, content);
        return inTransaction(em -> {
            PolicyFileEntity f = new PolicyFileEntity();
            f.policyId = policyId;
            f.fileName = stored.fileName();
            f.contentType = stored.contentType();
            f.size = stored.size();
            f.sha256 = stored.sha256();
            f.uploadedAt = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
            em.persist(f);
            em.flush();
            audit.record(actor, "policy-attach", "policy", String.valueOf(policyId), f.fileName + " SHA-256 " + f.sha256);
            return f.toDto();
        });
    }

    @Override
    public List<PolicyFile> files(long policyId) {
        get(policyId);
        return read(em -> em.createQuery("SELECT f FROM PolicyFileEntity f WHERE f.policyId = :p ORDER BY f.id",
                PolicyFileEntity.class).setParameter("p", policyId).getResultList().stream().map(PolicyFileEntity::toDto)
                .toList());
    }

    @Override
    public byte[] fileContent(long policyId, long fileId) {
        PolicyFileEntity f = read(em -> em.find(PolicyFileEntity.class, fileId));
        if (f == null || f.policyId != policyId) {
            throw TEXTS.notFound("policy.file-not-found", fileId, policyId);
        }
        return fileStore.read(f.sha256).orElseThrow(() -> TEXTS.conflict("policy.file-damaged", "file", f.fileName, f.sha256));
    }
}

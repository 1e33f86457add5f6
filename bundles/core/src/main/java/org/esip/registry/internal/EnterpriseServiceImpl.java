package org.esip.registry.internal;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.PersistenceFailure;
import org.esip.core.api.TableFormat;
import org.esip.core.internal.Pages;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.BatchInsert;
import org.esip.core.internal.persistence.Bigrams;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.Search;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.core.internal.table.TableImport;
import org.esip.core.internal.table.Tables;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseAttributes;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.EnterpriseStatus;
import org.esip.registry.api.ImportProgress;
import org.esip.registry.api.ImportReport;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;
import org.esip.registry.api.SizeSource;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EnterpriseService.class)
public class EnterpriseServiceImpl implements EnterpriseService {
    private static final List<String> QUALIFICATION_COLUMNS = List.of("ENTERPRISE_ID", "POSITION", "TYPE_CODE",
            "CERT_NUMBER", "ISSUED_ON", "VALID_UNTIL");
    private static final Map<String, Integer> QUALIFICATION_NULLS = Map.of("ISSUED_ON", Types.DATE, "VALID_UNTIL",
            Types.DATE);
    static final String ENTITY = "enterprise";
    /** Dates (founding, qualification validity) are those of the platform's region. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> SORT_KEYS = Map.of("name", "e.name", "creditCode", "e.creditCode",
            "createdAt", "e.createdAt", "employees", "e.employees", "annualRevenue", "e.annualRevenue", "id", "e.id");

    private final Jpa jpa;
    private final AuditRecord audit;
    private final Clock clock = Clock.system(ZONE);

    @Activate
    public EnterpriseServiceImpl(@Reference Jpa jpa, @Reference AuditRecord audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The codes of the tags in use (the vocabulary is small; filtered here, as Derby's BOOLEAN dislikes EclipseLink's literals). */
    static Set<String> vocabulary(EntityManager em) {
        Set<String> codes = new HashSet<>();
        em.createQuery("SELECT t FROM TagEntity t", TagEntity.class).getResultList().stream().map(TagEntity::toDto)
                .filter(t -> !Boolean.TRUE.equals(t.retired())).forEach(t -> codes.add(t.code()));
        return codes;
    }

    @Override
    public Enterprise register(Actor actor, EnterpriseRegistration registration) {
        EnterpriseRules.Checked c = EnterpriseRules.forRegistration(registration, today());
        try {
            return jpa.inTransaction(em -> {
                if (findEntity(em, c.creditCode()).isPresent()) {
                    throw duplicate(c.creditCode());
                }
                return create(em, actor, c, "create", vocabulary(em));
            });
        } catch (PersistenceException e) {
            // Two registrations of one code at the same moment: the unique constraint decides.
            if (Jpa.isUniqueViolation(e)) {
                throw duplicate(c.creditCode());
            }
            throw e;
        }
    }

    private Enterprise create(EntityManager em, Actor actor, EnterpriseRules.Checked c, String action,
            Set<String> vocabulary) {
        EnterpriseEntity e = new EnterpriseEntity(c.creditCode(), Instant.now(clock));
        e.describe(c);
        em.persist(e);
        em.flush();
        Enterprise after = e.toDto(today(), vocabulary);
        audit.record(em, actor, action, ENTITY, after.id(), changes(null, after));
        return after;
    }

    /** What changed between two states of an enterprise (before null for a new one), personal data masked. */
    static Changes changes(Enterprise b, Enterprise a) {
        Changes c = new Changes();
        c.field("creditCode", b == null ? null : b.creditCode(), a.creditCode())
                .field("name", b == null ? null : b.name(), a.name())
                .field("regionCode", b == null ? null : b.regionCode(), a.regionCode())
                .field("township", b == null ? null : b.township(), a.township())
                .field("address", b == null ? null : b.address(), a.address())
                .field("industryCode", b == null ? null : b.industryCode(), a.industryCode())
                .field("legalRepresentative", b == null ? null : b.legalRepresentative(), a.legalRepresentative())
                .field("contactPerson", b == null ? null : b.contactPerson(), a.contactPerson())
                .secret("contactPhone", b == null ? null : b.contactPhone(), a.contactPhone())
                .secret("contactEmail", b == null ? null : b.contactEmail(), a.contactEmail())
                .field("employees", b == null ? null : b.employees(), a.employees())
                .field("annualRevenue", b == null ? null : b.annualRevenue(), a.annualRevenue())
                .field("totalAssets", b == null ? null : b.totalAssets(), a.totalAssets())
                .field("foundedOn", b == null ? null : String.valueOf(b.foundedOn()), String.valueOf(a.foundedOn()))
                .field("size", b == null ? null : b.size(), a.size())
                .field("sizeOverridden", b == null ? null : b.sizeOverridden(), a.sizeOverridden())
                .field("qualifications", b == null ? null : EnterpriseColumns.row(b).get(15),
                        EnterpriseColumns.row(a).get(15))
                .field("tags", b == null ? null : b.tags(), a.tags())
                .field("status", b == null ? null : b.status(), a.status())
                .field("retiredAt", b == null ? null : b.retiredAt(), a.retiredAt())
                .field("retireReason", b == null ? null : b.retireReason(), a.retireReason());
        return c;
    }

    private static ConflictException duplicate(String creditCode) {
        return new ConflictException("enterprise.duplicate", "creditCode",
                Messages.zh("enterprise.duplicate", creditCode), Messages.en("enterprise.duplicate", creditCode));
    }

    @Override
    public Enterprise get(long id) {
        return jpa.read(em -> Optional.ofNullable(em.find(EnterpriseEntity.class, id))
                .map(e -> e.toDto(today(), vocabulary(em)))).orElseThrow(() -> notFound(id));
    }

    @Override
    public Enterprise update(Actor actor, long id, EnterpriseRegistration update) {
        Enterprise current = get(id);
        EnterpriseRules.Checked c = EnterpriseRules.forUpdate(update, current.creditCode(), today());
        return change(actor, id, update.version(), "update", e -> e.describe(c));
    }

    @Override
    public Enterprise retire(Actor actor, long id, long version, String reason) {
        Violations v = new Violations();
        String r = v.requireText("reason", reason, 500);
        v.throwIfAny();
        return change(actor, id, version, "retire", e -> {
            if (e.status() == EnterpriseStatus.RETIRED) {
                throw new ConflictException("enterprise.retired", "status", Messages.zh("enterprise.retired", id),
                        Messages.en("enterprise.retired", id));
            }
            e.retire(Instant.now(clock), r);
        });
    }

    /** Applies a change if the record is still at {@code version}; audits it in the same transaction. */
    private Enterprise change(Actor actor, long id, long version, String action,
            Consumer<EnterpriseEntity> change) {
        try {
            return jpa.inTransaction(em -> {
                EnterpriseEntity e = em.find(EnterpriseEntity.class, id);
                if (e == null) {
                    throw notFound(id);
                }
                if (e.version() != version) {
                    throw stale(id, e.version());
                }
                Set<String> vocabulary = vocabulary(em);
                Enterprise before = e.toDto(today(), vocabulary);
                change.accept(e);
                em.flush();
                Enterprise after = e.toDto(today(), vocabulary);
                audit.record(em, actor, action, ENTITY, id, changes(before, after));
                return after;
            });
        } catch (PersistenceException e) {
            // Changed by someone else between our read and our write: the version column decides.
            if (isOptimisticLockFailure(e)) {
                throw stale(id, get(id).version());
            }
            throw e;
        }
    }

    private static boolean isOptimisticLockFailure(Throwable e) {
        return PersistenceFailure.of(e) == PersistenceFailure.STALE;
    }

    private static ConflictException stale(long id, long currentVersion) {
        String[] args = {Long.toString(id), Long.toString(currentVersion)};
        return new ConflictException("enterprise.stale", "version", Messages.zh("enterprise.stale", (Object[]) args),
                Messages.en("enterprise.stale", (Object[]) args));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("enterprise.not-found", Messages.zh("enterprise.not-found", Long.toString(id)),
                Messages.en("enterprise.not-found", Long.toString(id)));
    }

    @Override
    public Optional<Enterprise> findByCreditCode(String creditCode) {
        String code = UnifiedSocialCreditCode.normalize(creditCode);
        return jpa.read(em -> findEntity(em, code).map(e -> e.toDto(today(), vocabulary(em))));
    }

    private static Optional<EnterpriseEntity> findEntity(EntityManager em, String creditCode) {
        return em.createQuery("SELECT e FROM EnterpriseEntity e WHERE e.creditCode = :code", EnterpriseEntity.class)
                .setParameter("code", creditCode)
                .getResultList().stream().findFirst();
    }

    @Override
    public Page<Enterprise> search(EnterpriseQuery query, PageRequest pageRequest) {
        PageRequest p = Pages.validate(pageRequest);
        EnterpriseQuery q = query == null ? EnterpriseQuery.all() : query;
        String order = Search.order(q.sort(), SORT_KEYS);
        Map<String, Object> params = new LinkedHashMap<>();
        return jpa.read(em -> {
            String where = where(q, params, Bigrams.available(em));
            Set<String> vocabulary = vocabulary(em);
            LocalDate today = today();
            // Load the collections of the whole page in one extra query each instead of one per enterprise.
            return new Search().where(where.substring(" WHERE ".length()), params).page(em, EnterpriseEntity.class,
                    order, p, List.of("e.tags", "e.qualifications"), e -> e.toDto(today, vocabulary));
        });
    }

    /** @param bigrams whether a two-character fragment may be looked up in the indexes of migration 25.1 */
    private String where(EnterpriseQuery q, Map<String, Object> params, boolean bigrams) {
        StringBuilder w = new StringBuilder(" WHERE e.status = :status");
        params.put("status", q.status() == null ? EnterpriseStatus.ACTIVE : q.status());
        if (q.text() != null && !q.text().isBlank()) {
            String t = q.text().strip().replace("%", "").replace("_", "");
            String lower = t.toLowerCase(Locale.ROOT);
            String upper = t.toUpperCase(Locale.ROOT);
            if (bigrams && Bigrams.serves(lower) && Bigrams.serves(upper)) {
                // Two characters have no trigram: the name's and the credit code's two-character indexes find the
                // candidates (each LIKE implies its own index condition, so the rows are the LIKE's), and being a
                // condition of its own, apart from the LIKE, the index condition is not computed again per row.
                w.append(" AND (").append(Bigrams.contain("LOWER(?)", "e.name", "nameBigram")).append(" OR ")
                        .append(Bigrams.contain("?", "e.creditCode", "codeBigram")).append(")");
                params.put("nameBigram", lower);
                params.put("codeBigram", upper);
            }
            w.append(" AND (LOWER(e.name) LIKE :text OR e.creditCode LIKE :code)");
            params.put("text", "%" + lower + "%");
            params.put("code", "%" + upper + "%");
        }
        if (q.creditCode() != null && !q.creditCode().isBlank()) {
            w.append(" AND e.creditCode LIKE :creditCode");
            String prefix = q.creditCode().strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
            params.put("creditCode", prefix + "%");
        }
        if (q.regionCode() != null && !q.regionCode().isBlank()) {
            w.append(" AND e.regionCode LIKE :region");
            params.put("region", q.regionCode().strip().replace("%", "") + "%");
        }
        if (q.industryCode() != null && !q.industryCode().isBlank()) {
            w.append(" AND e.industryCode LIKE :industry");
            params.put("industry", q.industryCode().strip().toUpperCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (q.size() != null) {
            w.append(" AND e.size = :size");
            params.put("size", q.size());
        }
        if (q.tag() != null && !q.tag().isBlank()) {
            w.append(" AND :tag MEMBER OF e.tags");
            params.put("tag", q.tag().strip());
        }
        if (q.qualification() != null) {
            w.append(" AND EXISTS (SELECT x.id FROM EnterpriseEntity x JOIN x.qualifications qu WHERE x = e"
                    + " AND qu.type = :qualification AND (qu.validUntil IS NULL OR qu.validUntil >= :today))");
            params.put("qualification", q.qualification());
            params.put("today", today());
        }
        return w.toString();
    }

    @Override
    public List<Enterprise> activeAfter(long afterId, int max) {
        int limit = Math.max(1, Math.min(max, 5_000));
        return jpa.read(em -> {
            TypedQuery<EnterpriseEntity> select = em.createQuery("SELECT e FROM EnterpriseEntity e"
                    + " WHERE e.status = :status AND e.id > :after ORDER BY e.id", EnterpriseEntity.class)
                    .setParameter("status", EnterpriseStatus.ACTIVE).setParameter("after", afterId);
            // Keyset paging (no OFFSET) and the page's tags and qualifications in one query each.
            select.setHint("eclipselink.batch.type", "IN");
            select.setHint("eclipselink.batch.size", limit);
            select.setHint("eclipselink.batch", "e.tags");
            select.setHint("eclipselink.batch", "e.qualifications");
            Set<String> vocabulary = vocabulary(em);
            LocalDate today = today();
            return select.setMaxResults(limit).getResultList().stream().map(e -> e.toDto(today, vocabulary)).toList();
        });
    }

    @Override
    public List<EnterpriseAttributes> attributesAfter(long afterId, int max) {
        int limit = Math.max(1, Math.min(max, 20_000));
        LocalDate today = today();
        return jpa.read(em -> {
            // Keyset paging on the primary key; columns only, so no entity is built and no contact data decrypted.
            List<Object[]> rows = em.createQuery("SELECT e.id, e.regionCode, e.industryCode, e.size, e.employees,"
                    + " e.annualRevenue, e.foundedOn FROM EnterpriseEntity e"
                    + " WHERE e.status = :status AND e.id > :after ORDER BY e.id", Object[].class)
                    .setParameter("status", EnterpriseStatus.ACTIVE).setParameter("after", afterId)
                    .setMaxResults(limit).getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            long last = (Long) rows.get(rows.size() - 1)[0];
            // The page's tags and qualifications: one statement each, over the same key range.
            Map<Long, Set<String>> tags = new HashMap<>();
            em.createQuery("SELECT e.id, t FROM EnterpriseEntity e JOIN e.tags t"
                    + " WHERE e.status = :status AND e.id > :after AND e.id <= :last", Object[].class)
                    .setParameter("status", EnterpriseStatus.ACTIVE).setParameter("after", afterId)
                    .setParameter("last", last).getResultList()
                    .forEach(r -> tags.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]));
            Map<Long, List<Qualification>> qualifications = new HashMap<>();
            em.createQuery("SELECT e.id, q.type, q.issuedOn, q.validUntil FROM EnterpriseEntity e"
                    + " JOIN e.qualifications q WHERE e.status = :status AND e.id > :after AND e.id <= :last",
                    Object[].class)
                    .setParameter("status", EnterpriseStatus.ACTIVE).setParameter("after", afterId)
                    .setParameter("last", last).getResultList()
                    .forEach(r -> {
                        LocalDate validUntil = (LocalDate) r[3];
                        qualifications.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                                .add(new Qualification((QualificationType) r[1], null, (LocalDate) r[2], validUntil,
                                        validUntil != null && validUntil.isBefore(today)));
                    });
            List<EnterpriseAttributes> page = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                Long id = (Long) r[0];
                page.add(new EnterpriseAttributes(id, (String) r[1], (String) r[2], (EnterpriseSize) r[3],
                        (Integer) r[4], (BigDecimal) r[5], (LocalDate) r[6], qualifications.get(id), tags.get(id)));
            }
            return page;
        });
    }

    @Override
    public long count() {
        return jpa.read(em -> em.createQuery("SELECT COUNT(e) FROM EnterpriseEntity e", Long.class).getSingleResult());
    }

    @Override
    public ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun) {
        return importTable(actor, content, format, dryRun, ImportProgress.Listener.NONE);
    }

    @Override
    public ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun,
            ImportProgress.Listener listener) {
        LocalDate today = today();
        Map<EntityManager, Set<String>> vocabulary = new IdentityHashMap<>(); // read once per import
        Map<EntityManager, Set<String>> known = new IdentityHashMap<>(); // likewise
        return EnterpriseColumns.LAYOUT.run(jpa, content, format, dryRun, (cells, v) -> {
            EnterpriseRules.Checked c = EnterpriseRules.forImport(v, EnterpriseColumns.parse(cells, v), today);
            return new TableImport.Checked<>(c.creditCode(), c);
        }, (em, chunk) -> store(em, actor, chunk, vocabulary.computeIfAbsent(em, EnterpriseServiceImpl::vocabulary),
                known.computeIfAbsent(em, EnterpriseServiceImpl::creditCodes)), listener);
    }

    /**
     * The enterprises of these credit codes, by code: only the codes the registry holds ({@code known}, read once
     * per import) are looked up, with one query. (An IN list compiled while the table is nearly empty stays a
     * table scan on Derby for the rest of the import; a file of new enterprises needs no look-up at all.)
     */
    private static Map<String, EnterpriseEntity> findEntities(EntityManager em, List<String> creditCodes,
            Set<String> known) {
        List<String> codes = creditCodes.stream().filter(known::contains).toList();
        Map<String, EnterpriseEntity> found = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("SELECT e FROM EnterpriseEntity e WHERE e.creditCode IN :codes", EnterpriseEntity.class)
                    .setParameter("codes", codes).getResultList().forEach(e -> found.put(e.creditCode(), e));
        }
        return found;
    }

    /** Every credit code the registry holds (read from its unique index). */
    private static Set<String> creditCodes(EntityManager em) {
        return new HashSet<>(
                em.createQuery("SELECT e.creditCode FROM EnterpriseEntity e", String.class).getResultList());
    }

    /** One chunk of an import: its existing records read at once, one flush, then each change audited. */
    private List<ImportReport.Outcome> store(EntityManager em, Actor actor, List<EnterpriseRules.Checked> chunk,
            Set<String> vocabulary, Set<String> known) {
        Map<String, EnterpriseEntity> existing = findEntities(em,
                chunk.stream().map(EnterpriseRules.Checked::creditCode).toList(), known);
        List<ImportReport.Outcome> outcomes = new ArrayList<>(chunk.size());
        List<EnterpriseEntity> written = new ArrayList<>();
        List<Enterprise> before = new ArrayList<>();
        // a new record's qualifications and tags are written below as two batches, not one statement each
        Map<EnterpriseEntity, EnterpriseEntity.Collections> taken = new IdentityHashMap<>();
        for (EnterpriseRules.Checked c : chunk) {
            EnterpriseEntity e = existing.get(c.creditCode());
            if (e == null) {
                e = new EnterpriseEntity(c.creditCode(), Instant.now(clock));
                e.describe(c);
                taken.put(e, e.takeCollections());
                em.persist(e);
                written.add(e);
                before.add(null);
                outcomes.add(ImportReport.Outcome.CREATED);
                continue;
            }
            Enterprise b = e.toDto(today(), vocabulary);
            if (EnterpriseColumns.row(b).equals(EnterpriseColumns.row(preview(b, c)))) {
                outcomes.add(ImportReport.Outcome.UNCHANGED);
                continue;
            }
            e.describe(c);
            written.add(e);
            before.add(b);
            outcomes.add(ImportReport.Outcome.UPDATED);
        }
        em.flush(); // the new records' ids, for their collections' rows and their audit entries
        if (!taken.isEmpty()) {
            List<Object[]> qualificationRows = new ArrayList<>();
            List<Object[]> tagRows = new ArrayList<>();
            taken.forEach((e, collections) -> collections.rows(e.id(), qualificationRows, tagRows));
            BatchInsert.into(em, "ENTERPRISE_QUALIFICATION", QUALIFICATION_COLUMNS, QUALIFICATION_NULLS,
                    qualificationRows);
            BatchInsert.into(em, "ENTERPRISE_TAG", List.of("ENTERPRISE_ID", "TAG"), List.of(), tagRows);
            // stored: the transaction need not watch them any more, and their collections come back for the DTOs
            taken.forEach((e, collections) -> {
                em.detach(e);
                e.putBack(collections);
            });
        }
        // the chunk's audit entries as one batch per action, not one statement per row
        Map<Long, Changes> created = new LinkedHashMap<>();
        Map<Long, Changes> updated = new LinkedHashMap<>();
        for (int i = 0; i < written.size(); i++) {
            Enterprise after = written.get(i).toDto(today(), vocabulary);
            (before.get(i) == null ? created : updated).put(after.id(), changes(before.get(i), after));
        }
        audit.recordAll(em, actor, "import-create", ENTITY, created);
        audit.recordAll(em, actor, "import-update", ENTITY, updated);
        return outcomes;
    }

    /** How {@code before} would look with the values of {@code c}, to tell an unchanged row without writing it. */
    private Enterprise preview(Enterprise b, EnterpriseRules.Checked c) {
        return new Enterprise(b.id(), b.creditCode(), c.name(), c.regionCode(), c.township(), c.address(),
                c.industryCode(), null, c.legalRepresentative(), c.contactPerson(), c.contactPhone(), c.contactEmail(),
                c.employees(), c.annualRevenue(), c.totalAssets(), c.foundedOn(),
                c.sizeOverride(), c.sizeOverride() != null, c.sizeOverride(),
                SizeSource.of(c.sizeOverride(), c.sizeOverride() != null), c.qualifications(), c.tags(), Set.of(),
                b.status(), b.retiredAt(), b.retireReason(), b.createdAt(), b.version());
    }

    @Override
    public byte[] exportTable(EnterpriseQuery query, TableFormat format) {
        if (format == null) {
            new Violations().add("format", "file.format").throwIfAny();
        }
        List<Enterprise> found = new ArrayList<>();
        int page = 0;
        Page<Enterprise> p;
        do {
            p = search(query, new PageRequest(page++, PageRequest.MAX_SIZE));
            found.addAll(p.items());
        } while ((long) page * PageRequest.MAX_SIZE < p.total() && found.size() < Tables.MAX_ROWS);
        return EnterpriseColumns.LAYOUT.export(format, found, EnterpriseColumns::row);
    }
}

package org.esip.provider.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.TableFormat;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.Search;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.core.internal.table.TableImport;
import org.esip.core.internal.table.Tables;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationRegistration;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.StatusChange;
import org.esip.registry.api.ImportProgress;
import org.esip.registry.api.ImportReport;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrganisationService.class)
public class OrganisationServiceImpl implements OrganisationService {
    static final String KIND = "organisation";
    private static final Map<String, String> SORT = Map.of("name", "e.name", "creditCode", "e.creditCode",
            "createdAt", "e.createdAt", "id", "e.id");

    private final Jpa jpa;
    private final AuditRecord audit;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));

    @Activate
    public OrganisationServiceImpl(@Reference Jpa jpa, @Reference AuditRecord audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Organisation register(Actor actor, OrganisationRegistration registration) {
        ProviderRules.CheckedOrganisation c = ProviderRules.organisation(registration, false, null);
        try {
            return jpa.inTransaction(em -> {
                if (findEntity(em, c.creditCode()).isPresent()) {
                    throw duplicate(c.creditCode());
                }
                OrganisationEntity e = new OrganisationEntity();
                e.creditCode = c.creditCode();
                e.createdAt = Instant.now(clock);
                e.describe(c);
                em.persist(e);
                em.flush();
                Records.history(em, KIND, e.id, actor, null, OrganisationStatus.APPLIED.name(), null, null, null);
                Organisation after = e.toDto(today());
                audit.record(em, actor, "create", KIND, e.id, changes(null, after));
                return after;
            });
        } catch (PersistenceException e) {
            if (Jpa.isUniqueViolation(e)) {
                throw duplicate(c.creditCode());
            }
            throw e;
        }
    }

    private static ConflictException duplicate(String code) {
        return new ConflictException("organisation.duplicate", "creditCode", Messages.zh("organisation.duplicate", code),
                Messages.en("organisation.duplicate", code));
    }

    static Changes changes(Organisation b, Organisation a) {
        return new Changes().field("creditCode", b == null ? null : b.creditCode(), a.creditCode())
                .field("name", b == null ? null : b.name(), a.name())
                .field("regionCode", b == null ? null : b.regionCode(), a.regionCode())
                .field("address", b == null ? null : b.address(), a.address())
                .field("contactPerson", b == null ? null : b.contactPerson(), a.contactPerson())
                .secret("contactPhone", b == null ? null : b.contactPhone(), a.contactPhone())
                .secret("contactEmail", b == null ? null : b.contactEmail(), a.contactEmail())
                .field("domains", b == null ? null : b.domains(), a.domains())
                .field("qualifications", b == null ? null : b.qualifications().toString(), a.qualifications().toString())
                .field("creditGood", b == null ? null : b.creditGood(), a.creditGood())
                .field("creditNote", b == null ? null : b.creditNote(), a.creditNote())
                .field("presence", b == null ? null : b.presence(), a.presence())
                .field("allianceMember", b == null ? null : b.allianceMember(), a.allianceMember())
                .field("tags", b == null ? null : b.tags(), a.tags())
                .field("status", b == null ? null : b.status(), a.status())
                .field("agreementNumber", b == null ? null : b.agreementNumber(), a.agreementNumber())
                .field("agreementDate", b == null ? null : String.valueOf(b.agreementDate()),
                        String.valueOf(a.agreementDate()));
    }

    @Override
    public Organisation get(long id) {
        return jpa.read(em -> Records.find(em, OrganisationEntity.class, id, KIND).toDto(today()));
    }

    @Override
    public Optional<Organisation> findByCreditCode(String creditCode) {
        String code = UnifiedSocialCreditCode.normalize(creditCode);
        return jpa.read(em -> findEntity(em, code).map(e -> e.toDto(today())));
    }

    private static Optional<OrganisationEntity> findEntity(EntityManager em, String code) {
        return em.createQuery("SELECT e FROM OrganisationEntity e WHERE e.creditCode = :c", OrganisationEntity.class)
                .setParameter("c", code).getResultList().stream().findFirst();
    }

    @Override
    public Organisation update(Actor actor, long id, OrganisationRegistration update) {
        Organisation current = get(id);
        ProviderRules.CheckedOrganisation c = ProviderRules.organisation(update, true, current.creditCode());
        return change(actor, id, update.version(), "update", e -> e.describe(c), null);
    }

    @Override
    public Page<Organisation> search(OrganisationQuery query, PageRequest page) {
        OrganisationQuery q = query == null ? OrganisationQuery.all() : query;
        String order = Search.order(q.sort(), SORT);
        return jpa.read(em -> new Search().contains(q.text(), "e.name", "e.creditCode").prefix("e.regionCode", q.regionCode())
                .member(q.domain(), "e.domains").member(q.tag(), "e.tags").equal("e.status", q.status())
                .flag("e.allianceMember", q.allianceMember())
                .page(em, OrganisationEntity.class, order, page, List.of("e.domains", "e.tags", "e.qualifications"),
                        e -> e.toDto(today())));
    }

    @Override
    public Organisation admit(Actor actor, long id, long version, String agreementNumber, LocalDate agreementDate) {
        return admit(actor, id, version, agreementNumber, agreementDate, null);
    }

    @Override
    public Organisation admit(Actor actor, long id, long version, String agreementNumber, LocalDate agreementDate,
            String overrideReason) {
        Violations v = new Violations();
        String number = v.requireText("agreementNumber", agreementNumber, 64);
        v.requirePresent("agreementDate", agreementDate);
        if (agreementDate != null && agreementDate.isAfter(today())) {
            v.add("agreementDate", "agreementDate.future");
        }
        String override = overrideReason == null || overrideReason.isBlank() ? null
                : v.requireText("overrideReason", overrideReason, 400);
        v.throwIfAny();
        List<AdmissionCriteria.Failure> failed = new ArrayList<>();
        return change(actor, id, version, "admit", e -> {
            AdmissionRules.check(e.status, OrganisationStatus.ADMITTED);
            // Clause 6.3.2: refused with every reason, unless someone states why it is admitted anyway.
            failed.addAll(AdmissionCriteria.failures(e.toDto(today())));
            if (!failed.isEmpty() && override == null) {
                String zh = failed.stream().map(AdmissionCriteria.Failure::zh).reduce((a, b) -> a + "；" + b).orElse("");
                String en = failed.stream().map(AdmissionCriteria.Failure::en).reduce((a, b) -> a + "; " + b).orElse("");
                throw new ConflictException("organisation.criteria-failed", "criteria",
                        Messages.zh("organisation.criteria-failed", zh), Messages.en("organisation.criteria-failed", en));
            }
            e.status = OrganisationStatus.ADMITTED;
            e.agreementNumber = number;
            e.agreementDate = agreementDate;
        }, (em, before) -> {
            String reason = failed.isEmpty() ? null : Messages.zh("organisation.override", override);
            Records.history(em, KIND, id, actor, before.status().name(), OrganisationStatus.ADMITTED.name(), reason,
                    number, agreementDate);
            if (!failed.isEmpty()) {
                audit.record(em, actor, "admit-override", KIND, id, new Changes()
                        .field("overrideReason", null, override)
                        .field("criteriaNotMet", null, failed.stream().map(AdmissionCriteria.Failure::code).toList()));
            }
        });
    }

    @Override
    public Organisation suspend(Actor actor, long id, long version, String reason) {
        return transition(actor, id, version, OrganisationStatus.SUSPENDED, "suspend", reason(reason), null, null);
    }

    @Override
    public Organisation reinstate(Actor actor, long id, long version, String reason) {
        Organisation current = get(id);
        if (current.status() != OrganisationStatus.SUSPENDED) {
            // Reinstating is for a suspended organisation only; an applicant is admitted with its agreement.
            String allowed = AdmissionRules.allowedFrom(current.status()).stream().map(Enum::name)
                    .reduce((a, b) -> a + ", " + b).orElse("—");
            throw new ConflictException("organisation.transition", "status",
                    Messages.zh("organisation.reinstate", current.status(), allowed),
                    Messages.en("organisation.reinstate", current.status(), allowed));
        }
        return transition(actor, id, version, OrganisationStatus.ADMITTED, "reinstate", reason(reason),
                current.agreementNumber(), current.agreementDate());
    }

    @Override
    public Organisation exit(Actor actor, long id, long version, String reason) {
        return transition(actor, id, version, OrganisationStatus.EXITED, "exit", reason(reason), null, null);
    }

    private static String reason(String reason) {
        Violations v = new Violations();
        String r = v.requireText("reason", reason, 500);
        v.throwIfAny();
        return r;
    }

    private Organisation transition(Actor actor, long id, long version, OrganisationStatus to, String action,
            String reason, String agreementNumber, LocalDate agreementDate) {
        return change(actor, id, version, action, e -> {
            AdmissionRules.check(e.status, to);
            e.status = to;
            if (to == OrganisationStatus.ADMITTED) {
                e.agreementNumber = agreementNumber;
                e.agreementDate = agreementDate;
            }
        }, (em, before) -> Records.history(em, KIND, id, actor, before.status().name(), to.name(), reason,
                agreementNumber, agreementDate));
    }

    private Organisation change(Actor actor, long id, long version, String action, Consumer<OrganisationEntity> change,
            BiConsumer<EntityManager, Organisation> afterwards) {
        return Records.change(jpa, audit, actor, OrganisationEntity.class, KIND, id, version, action, e -> e.version,
                e -> e.toDto(today()), OrganisationServiceImpl::changes, change, afterwards);
    }

    @Override
    public List<StatusChange> history(long id) {
        get(id);
        return jpa.read(em -> Records.history(em, KIND, id));
    }

    @Override
    public Organisation requireAdmitted(long id) {
        Organisation o = get(id);
        if (o.status() != OrganisationStatus.ADMITTED) {
            throw new ConflictException("organisation.not-admitted", "organisationId",
                    Messages.zh("organisation.not-admitted", o.name(), o.status()),
                    Messages.en("organisation.not-admitted", o.name(), o.status()));
        }
        return o;
    }

    @Override
    public ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun) {
        return importTable(actor, content, format, dryRun, ImportProgress.Listener.NONE);
    }

    @Override
    public ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun,
            ImportProgress.Listener listener) {
        return OrganisationColumns.LAYOUT.run(jpa, content, format, dryRun, (cells, v) -> {
            ProviderRules.CheckedOrganisation c = ProviderRules.organisation(v, OrganisationColumns.parse(cells, v),
                    false, null);
            return new TableImport.Checked<>(c.creditCode(), c);
        }, (em, chunk) -> store(em, actor, chunk), listener);
    }

    /** One chunk of an import: its existing records read at once, one flush, then each change recorded. */
    private List<ImportReport.Outcome> store(EntityManager em, Actor actor,
            List<ProviderRules.CheckedOrganisation> chunk) {
        Map<String, OrganisationEntity> existing = new HashMap<>();
        em.createQuery("SELECT o FROM OrganisationEntity o WHERE o.creditCode IN :codes", OrganisationEntity.class)
                .setParameter("codes", chunk.stream().map(ProviderRules.CheckedOrganisation::creditCode).toList())
                .getResultList().forEach(o -> existing.put(o.creditCode, o));
        List<ImportReport.Outcome> outcomes = new ArrayList<>(chunk.size());
        List<OrganisationEntity> written = new ArrayList<>();
        List<Organisation> before = new ArrayList<>();
        for (ProviderRules.CheckedOrganisation c : chunk) {
            OrganisationEntity e = existing.get(c.creditCode());
            if (e == null) {
                e = new OrganisationEntity();
                e.creditCode = c.creditCode();
                e.createdAt = Instant.now(clock);
                e.describe(c);
                em.persist(e);
                written.add(e);
                before.add(null);
                outcomes.add(ImportReport.Outcome.CREATED);
                continue;
            }
            Organisation b = e.toDto(today());
            e.describe(c);
            if (OrganisationColumns.row(b).equals(OrganisationColumns.row(e.toDto(today())))) {
                em.detach(e); // nothing to write: leave the record and its version as they were
                outcomes.add(ImportReport.Outcome.UNCHANGED);
                continue;
            }
            written.add(e);
            before.add(b);
            outcomes.add(ImportReport.Outcome.UPDATED);
        }
        em.flush(); // the new records' ids, for their history and audit entries
        for (int i = 0; i < written.size(); i++) {
            OrganisationEntity e = written.get(i);
            if (before.get(i) == null) {
                Records.history(em, KIND, e.id, actor, null, OrganisationStatus.APPLIED.name(), null, null, null);
                audit.record(em, actor, "import-create", KIND, e.id, changes(null, e.toDto(today())));
            } else {
                audit.record(em, actor, "import-update", KIND, e.id, changes(before.get(i), e.toDto(today())));
            }
        }
        return outcomes;
    }

    @Override
    public byte[] exportTable(OrganisationQuery query, TableFormat format) {
        if (format == null) {
            new Violations().add("format", "file.format").throwIfAny();
        }
        List<Organisation> found = new ArrayList<>();
        int page = 0;
        Page<Organisation> p;
        do {
            p = search(query, new PageRequest(page++, PageRequest.MAX_SIZE));
            found.addAll(p.items());
        } while ((long) page * PageRequest.MAX_SIZE < p.total() && found.size() < Tables.MAX_ROWS);
        return OrganisationColumns.LAYOUT.export(format, found, OrganisationColumns::row);
    }
}

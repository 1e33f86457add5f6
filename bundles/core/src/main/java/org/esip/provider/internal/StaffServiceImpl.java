package org.esip.provider.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.Search;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffQuery;
import org.esip.provider.api.StaffRegistration;
import org.esip.provider.api.StaffService;
import org.esip.provider.api.TrainingRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StaffService.class)
public class StaffServiceImpl implements StaffService {
    static final String KIND = "staff";
    private static final Map<String, String> SORT = Map.of("name", "e.name", "post", "e.post", "createdAt", "e.createdAt",
            "id", "e.id");

    private final Jpa jpa;
    private final AuditRecord audit;

    @Activate
    public StaffServiceImpl(@Reference Jpa jpa, @Reference AuditRecord audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    static Changes changes(StaffMember b, StaffMember a) {
        return new Changes().field("name", b == null ? null : b.name(), a.name())
                .field("post", b == null ? null : b.post(), a.post())
                .field("fullTime", b == null ? null : b.fullTime(), a.fullTime())
                .secret("phone", b == null ? null : b.phone(), a.phone())
                .secret("email", b == null ? null : b.email(), a.email())
                .field("servicePointIds", b == null ? null : b.servicePointIds(), a.servicePointIds())
                .field("training", b == null ? null : b.training().size(), a.training().size())
                .field("active", b == null ? null : b.active(), a.active());
    }

    /** Every service point named must exist and be active. */
    private static void checkPoints(EntityManager em, ProviderRules.CheckedStaff c) {
        Violations v = new Violations();
        for (Long id : c.servicePointIds()) {
            ServicePointEntity p = id == null ? null : em.find(ServicePointEntity.class, id);
            if (p == null || !p.active) {
                v.add("servicePointIds", "staff.service-point-unknown", String.valueOf(id));
            }
        }
        v.throwIfAny();
    }

    private static void describe(StaffEntity e, ProviderRules.CheckedStaff c) {
        e.name = c.name();
        e.post = c.post();
        e.fullTime = c.fullTime();
        e.phone = c.phone();
        e.email = c.email();
        e.servicePointIds.clear();
        e.servicePointIds.addAll(c.servicePointIds());
    }

    @Override
    public StaffMember create(Actor actor, StaffRegistration registration) {
        ProviderRules.CheckedStaff c = ProviderRules.staff(registration, false);
        return jpa.inTransaction(em -> {
            checkPoints(em, c);
            StaffEntity e = new StaffEntity();
            e.createdAt = Instant.now();
            describe(e, c);
            em.persist(e);
            em.flush();
            StaffMember after = e.toDto();
            audit.record(em, actor, "create", KIND, e.id, changes(null, after));
            return after;
        });
    }

    @Override
    public StaffMember get(long id) {
        return jpa.read(em -> Records.find(em, StaffEntity.class, id, KIND).toDto());
    }

    @Override
    public StaffMember update(Actor actor, long id, StaffRegistration update) {
        ProviderRules.CheckedStaff c = ProviderRules.staff(update, true);
        jpa.read(em -> {
            checkPoints(em, c);
            return null;
        });
        return Records.change(jpa, audit, actor, StaffEntity.class, KIND, id, update.version(), "update", e -> e.version,
                StaffEntity::toDto, StaffServiceImpl::changes, e -> describe(e, c), null);
    }

    @Override
    public Page<StaffMember> search(StaffQuery query, PageRequest page) {
        StaffQuery q = query == null ? StaffQuery.all() : query;
        String order = Search.order(q.sort(), SORT);
        return jpa.read(em -> new Search().contains(q.text(), "e.name").equal("e.post", q.post())
                .member(q.servicePointId(), "e.servicePointIds").flag("e.fullTime", q.fullTime())
                .flag("e.active", q.active() == null ? Boolean.TRUE : q.active())
                .page(em, StaffEntity.class, order, page, List.of("e.servicePointIds", "e.training"),
                        StaffEntity::toDto));
    }

    @Override
    public StaffMember addTraining(Actor actor, long id, TrainingRecord training) {
        TrainingRecord t = ProviderRules.training(training, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        long version = get(id).version();
        return Records.change(jpa, audit, actor, StaffEntity.class, KIND, id, version, "add-training", e -> e.version,
                StaffEntity::toDto, (b, a) -> changes(b, a).field("trainingTitle", null, t.title()),
                e -> e.training.add(new TrainingRecordEmbeddable(t)), null);
    }

    @Override
    public StaffMember retire(Actor actor, long id, long version, String reason) {
        Violations v = new Violations();
        String r = v.requireText("reason", reason, 500);
        v.throwIfAny();
        return Records.change(jpa, audit, actor, StaffEntity.class, KIND, id, version, "retire", e -> e.version,
                StaffEntity::toDto, (b, a) -> changes(b, a).field("reason", null, r), e -> {
                    if (!e.active) {
                        throw new ConflictException("staff.retired", "active",
                                Messages.zh("staff.retired", id),
                                Messages.en("staff.retired", id));
                    }
                    e.active = false;
                }, null);
    }
}

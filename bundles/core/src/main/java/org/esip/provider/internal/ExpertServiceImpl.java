package org.esip.provider.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertQuery;
import org.esip.provider.api.ExpertRegistration;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.StatusChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ExpertService.class)
public class ExpertServiceImpl implements ExpertService {
    static final String KIND = "expert";
    static final String IN = "IN_POOL";
    static final String OUT = "OUT_OF_POOL";
    private static final Map<String, String> SORT = Map.of("name", "e.name", "createdAt", "e.createdAt", "id", "e.id");

    private final Jpa jpa;
    private final AuditRecord audit;

    @Activate
    public ExpertServiceImpl(@Reference Jpa jpa, @Reference AuditRecord audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    static Changes changes(Expert b, Expert a) {
        return new Changes().field("name", b == null ? null : b.name(), a.name())
                .secret("idNumber", b == null ? null : b.idNumber(), a.idNumber())
                .field("domains", b == null ? null : b.domains(), a.domains())
                .field("title", b == null ? null : b.title(), a.title())
                .field("seniorTitle", b == null ? null : b.seniorTitle(), a.seniorTitle())
                .field("employer", b == null ? null : b.employer(), a.employer())
                .secret("phone", b == null ? null : b.phone(), a.phone())
                .secret("email", b == null ? null : b.email(), a.email())
                .field("volunteer", b == null ? null : b.volunteer(), a.volunteer())
                .field("regionCode", b == null ? null : b.regionCode(), a.regionCode())
                .field("tags", b == null ? null : b.tags(), a.tags())
                .field("inPool", b == null ? null : b.inPool(), a.inPool());
    }

    @Override
    public Expert register(Actor actor, ExpertRegistration registration) {
        ProviderRules.CheckedExpert c = ProviderRules.expert(registration, false);
        return jpa.inTransaction(em -> {
            ExpertEntity e = new ExpertEntity();
            e.createdAt = Instant.now();
            e.describe(c);
            em.persist(e);
            em.flush();
            Records.history(em, KIND, e.id, actor, null, IN, null, null, null);
            Expert after = e.toDto();
            audit.record(em, actor, "create", KIND, e.id, changes(null, after));
            return after;
        });
    }

    @Override
    public Expert get(long id) {
        return jpa.read(em -> Records.find(em, ExpertEntity.class, id, KIND).toDto());
    }

    @Override
    public Expert update(Actor actor, long id, ExpertRegistration update) {
        ProviderRules.CheckedExpert c = ProviderRules.expert(update, true);
        return change(actor, id, update.version(), "update", e -> e.describe(c), null);
    }

    @Override
    public Page<Expert> search(ExpertQuery query, PageRequest page) {
        ExpertQuery q = query == null ? ExpertQuery.all() : query;
        String order = Search.order(q.sort(), SORT);
        return jpa.read(em -> new Search().contains(q.text(), "e.name", "e.employer", "e.title")
                .member(q.domain(), "e.domains").flag("e.seniorTitle", q.seniorTitle())
                .flag("e.volunteer", q.volunteer()).flag("e.inPool", q.inPool()).member(q.tag(), "e.tags")
                .page(em, ExpertEntity.class, order, page, List.of("e.domains", "e.tags"), ExpertEntity::toDto));
    }

    @Override
    public Expert enterPool(Actor actor, long id, long version, String remark) {
        return pool(actor, id, version, true, remark);
    }

    @Override
    public Expert leavePool(Actor actor, long id, long version, String reason) {
        Violations v = new Violations();
        String r = v.requireText("reason", reason, 500);
        v.throwIfAny();
        return pool(actor, id, version, false, r);
    }

    private Expert pool(Actor actor, long id, long version, boolean in, String reason) {
        return change(actor, id, version, in ? "pool-enter" : "pool-leave", e -> {
            if (e.inPool == in) {
                throw new ConflictException("expert.pool", "inPool", Messages.zh(in ? "expert.already-in" : "expert.already-out"),
                        Messages.en(in ? "expert.already-in" : "expert.already-out"));
            }
            e.inPool = in;
        }, em -> Records.history(em, KIND, id, actor, in ? OUT : IN, in ? IN : OUT, reason, null, null));
    }

    private Expert change(Actor actor, long id, long version, String action, Consumer<ExpertEntity> change,
            Consumer<EntityManager> afterwards) {
        return Records.change(jpa, audit, actor, ExpertEntity.class, KIND, id, version, action, e -> e.version,
                ExpertEntity::toDto, ExpertServiceImpl::changes, change,
                afterwards == null ? null : (em, before) -> afterwards.accept(em));
    }

    @Override
    public List<StatusChange> history(long id) {
        get(id);
        return jpa.read(em -> Records.history(em, KIND, id));
    }
}

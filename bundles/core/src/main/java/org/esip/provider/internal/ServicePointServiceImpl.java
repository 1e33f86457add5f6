package org.esip.provider.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.persistence.PersistenceException;

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
import org.esip.provider.api.ServicePoint;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointRegistration;
import org.esip.provider.api.ServicePointService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ServicePointService.class)
public class ServicePointServiceImpl implements ServicePointService {
    static final String KIND = "servicePoint";
    private static final Map<String, String> SORT = Map.of("name", "e.name", "code", "e.code", "regionCode",
            "e.regionCode", "id", "e.id");

    private final Jpa jpa;
    private final AuditRecord audit;

    @Activate
    public ServicePointServiceImpl(@Reference Jpa jpa, @Reference AuditRecord audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    static Changes changes(ServicePoint b, ServicePoint a) {
        return new Changes().field("code", b == null ? null : b.code(), a.code())
                .field("name", b == null ? null : b.name(), a.name())
                .field("kind", b == null ? null : b.kind(), a.kind())
                .field("regionCode", b == null ? null : b.regionCode(), a.regionCode())
                .field("township", b == null ? null : b.township(), a.township())
                .field("address", b == null ? null : b.address(), a.address())
                .secret("phone", b == null ? null : b.phone(), a.phone())
                .field("active", b == null ? null : b.active(), a.active());
    }

    private static void describe(ServicePointEntity e, ProviderRules.CheckedPoint c) {
        e.name = c.name();
        e.kind = c.kind();
        e.regionCode = c.regionCode();
        e.township = c.township();
        e.address = c.address();
        e.phone = c.phone();
    }

    @Override
    public ServicePoint create(Actor actor, ServicePointRegistration registration) {
        ProviderRules.CheckedPoint c = ProviderRules.point(registration, false, null);
        try {
            return jpa.inTransaction(em -> {
                boolean taken = !em.createQuery("SELECT e.id FROM ServicePointEntity e WHERE e.code = :c", Long.class)
                        .setParameter("c", c.code()).getResultList().isEmpty();
                if (taken) {
                    throw duplicate(c.code());
                }
                ServicePointEntity e = new ServicePointEntity();
                e.code = c.code();
                e.createdAt = Instant.now();
                describe(e, c);
                em.persist(e);
                em.flush();
                ServicePoint after = e.toDto();
                audit.record(em, actor, "create", KIND, e.id, changes(null, after));
                return after;
            });
        } catch (PersistenceException e) {
            if (Jpa.isUniqueViolation(e)) {
                throw duplicate(c.code());
            }
            throw e;
        }
    }

    private static ConflictException duplicate(String code) {
        return new ConflictException("servicePoint.duplicate", "code", Messages.zh("servicePoint.duplicate", code),
                Messages.en("servicePoint.duplicate", code));
    }

    @Override
    public ServicePoint get(long id) {
        return jpa.read(em -> Records.find(em, ServicePointEntity.class, id, KIND).toDto());
    }

    @Override
    public ServicePoint update(Actor actor, long id, ServicePointRegistration update) {
        ServicePoint current = get(id);
        ProviderRules.CheckedPoint c = ProviderRules.point(update, true, current.code());
        return Records.change(jpa, audit, actor, ServicePointEntity.class, KIND, id, update.version(), "update",
                e -> e.version, ServicePointEntity::toDto, ServicePointServiceImpl::changes, e -> describe(e, c), null);
    }

    @Override
    public Page<ServicePoint> search(String text, ServicePointKind kind, String regionCode, Boolean active, String sort,
            PageRequest page) {
        String order = Search.order(sort, SORT);
        return jpa.read(em -> new Search().contains(text, "e.name", "e.code", "e.township").equal("e.kind", kind)
                .prefix("e.regionCode", regionCode).flag("e.active", active == null ? Boolean.TRUE : active)
                .page(em, ServicePointEntity.class, order, page, List.of(), ServicePointEntity::toDto));
    }

    @Override
    public ServicePoint retire(Actor actor, long id, long version, String reason) {
        Violations v = new Violations();
        String r = v.requireText("reason", reason, 500);
        v.throwIfAny();
        return Records.change(jpa, audit, actor, ServicePointEntity.class, KIND, id, version, "retire", e -> e.version,
                ServicePointEntity::toDto, (b, a) -> changes(b, a).field("reason", null, r), e -> {
                    if (!e.active) {
                        throw new ConflictException("servicePoint.retired", "active",
                                Messages.zh("servicePoint.retired", id), Messages.en("servicePoint.retired", id));
                    }
                    e.active = false;
                }, null);
    }
}

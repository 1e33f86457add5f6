package org.esip.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

import org.esip.core.api.ConflictException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.internal.Pages;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Jpa;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.EnterpriseUpdate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = EnterpriseService.class)
public class EnterpriseServiceImpl implements EnterpriseService {
    private final Jpa jpa;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public EnterpriseServiceImpl(@Reference Jpa jpa) {
        this.jpa = jpa;
    }

    @Override
    public Enterprise register(EnterpriseRegistration registration) {
        EnterpriseRegistration r = EnterpriseRules.normalize(registration);
        try {
            return jpa.inTransaction(em -> {
                if (findEntity(em, r.creditCode()).isPresent()) {
                    throw duplicate(r.creditCode());
                }
                EnterpriseEntity e = new EnterpriseEntity(r.creditCode(), r.name(), r.regionCode(), r.industryCode(),
                        r.tags(), Instant.now(clock));
                em.persist(e);
                em.flush();
                return e.toDto();
            });
        } catch (PersistenceException e) {
            // Two registrations of one code at the same moment: the unique constraint decides.
            if (Jpa.isUniqueViolation(e)) {
                throw duplicate(r.creditCode());
            }
            throw e;
        }
    }

    private static ConflictException duplicate(String creditCode) {
        return new ConflictException("enterprise.duplicate", "creditCode",
                Messages.zh("enterprise.duplicate", creditCode), Messages.en("enterprise.duplicate", creditCode));
    }

    @Override
    public Enterprise get(long id) {
        return jpa.read(em -> Optional.ofNullable(em.find(EnterpriseEntity.class, id)))
                .map(EnterpriseEntity::toDto)
                .orElseThrow(() -> notFound(id));
    }

    @Override
    public Enterprise update(long id, EnterpriseUpdate update) {
        EnterpriseUpdate u = EnterpriseRules.normalize(update);
        try {
            return jpa.inTransaction(em -> {
                EnterpriseEntity e = em.find(EnterpriseEntity.class, id);
                if (e == null) {
                    throw notFound(id);
                }
                if (e.version() != u.version()) {
                    throw stale(id, e.version());
                }
                e.describe(u.name(), u.regionCode(), u.industryCode(), u.tags());
                em.flush();
                return e.toDto();
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            // JPA's own at flush; EclipseLink's (same simple name, no JPA supertype) inside a failed commit.
            if (t instanceof OptimisticLockException
                    || "OptimisticLockException".equals(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
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
        return jpa.read(em -> findEntity(em, code).map(EnterpriseEntity::toDto));
    }

    private static Optional<EnterpriseEntity> findEntity(EntityManager em, String creditCode) {
        return em.createQuery("SELECT e FROM EnterpriseEntity e WHERE e.creditCode = :code", EnterpriseEntity.class)
                .setParameter("code", creditCode)
                .getResultList().stream().findFirst();
    }

    @Override
    public Page<Enterprise> list(String nameContains, PageRequest pageRequest) {
        PageRequest p = Pages.validate(pageRequest);
        String pattern = nameContains == null || nameContains.isBlank() ? null
                : "%" + nameContains.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        String where = pattern == null ? "" : " WHERE LOWER(e.name) LIKE :pattern";
        return jpa.read(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM EnterpriseEntity e" + where, Long.class);
            TypedQuery<EnterpriseEntity> query = em.createQuery(
                    "SELECT e FROM EnterpriseEntity e" + where + " ORDER BY e.id", EnterpriseEntity.class);
            if (pattern != null) {
                count.setParameter("pattern", pattern);
                query.setParameter("pattern", pattern);
            }
            // Load the tags of the whole page in one extra query instead of one per enterprise.
            query.setHint("eclipselink.batch.type", "IN");
            query.setHint("eclipselink.batch", "e.tags");
            List<Enterprise> items = query.setFirstResult(p.page() * p.size()).setMaxResults(p.size())
                    .getResultList().stream().map(EnterpriseEntity::toDto).toList();
            return new Page<>(items, p.page(), p.size(), count.getSingleResult());
        });
    }

    @Override
    public long count() {
        return jpa.read(em -> em.createQuery("SELECT COUNT(e) FROM EnterpriseEntity e", Long.class).getSingleResult());
    }
}

package org.esip.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.esip.audit.api.AuditEntry;
import org.esip.audit.api.AuditQuery;
import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.internal.Pages;
import org.esip.core.internal.persistence.BatchInsert;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.KeyedInsert;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit log (clause 4.4.2). Registries call {@link #record} inside the transaction that makes
 * the change, so a change and its audit entry are committed together or not at all.
 */
@Component(service = {AuditRecord.class, AuditService.class})
public class AuditTrail implements AuditService, AuditRecord {
    private static final List<String> COLUMNS = List.of("OCCURRED_AT", "ACTOR", "ACTION_CODE", "ENTITY_TYPE",
            "ENTITY_ID", "CHANGES");
    private static final List<String> COLUMNS_BUT_ENTITY = COLUMNS.stream().filter(c -> !c.equals("ENTITY_ID")).toList();
    private final Jpa jpa;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public AuditTrail(@Reference Jpa jpa) {
        this.jpa = jpa;
    }

    /** Writes one entry in the caller's transaction. */
    @Override
    public void record(EntityManager em, Actor actor, String action, String entityType, Object entityId,
            Changes changes) {
        String who = actor == null ? "unknown" : actor.username();
        // one plain insert: the entry is never read back as an entity in the caller's transaction, and refers to
        // no row, so what the caller holds need not be written before it
        BatchInsert.row(em, "AUDIT_EVENT", COLUMNS, Instant.now(clock), who, action, entityType,
                String.valueOf(entityId), changes == null ? "{}" : changes.toJson());
    }

    @Override
    public KeyedInsert.Row entryOfNew(Actor actor, String action, String entityType, Changes changes) {
        return new KeyedInsert.Row("AUDIT_EVENT", "ENTITY_ID", COLUMNS_BUT_ENTITY, Arrays.asList(Instant.now(clock),
                actor == null ? "unknown" : actor.username(), action, entityType,
                changes == null ? "{}" : changes.toJson()));
    }

    /** Writes the entries as one batch in the caller's transaction. */
    @Override
    public void recordAll(EntityManager em, Actor actor, String action, String entityType, Map<?, Changes> changes) {
        String who = actor == null ? "unknown" : actor.username();
        Instant at = Instant.now(clock);
        List<Object[]> rows = new ArrayList<>();
        changes.forEach((id, c) -> rows.add(new Object[] {at, who, action, entityType, String.valueOf(id),
                c == null ? "{}" : c.toJson()}));
        BatchInsert.into(em, "AUDIT_EVENT", COLUMNS, rows);
    }

    @Override
    public void record(Actor actor, String action, String entityType, String entityId, String detail) {
        jpa.inTransaction(em -> {
            record(em, actor, action, entityType, clip(entityId, 40), new Changes().field("detail", null,
                    detail == null ? null : clip(detail, 2000)));
            return null;
        });
    }

    /** At most {@code max} characters, so that what someone typed never fails the entry. */
    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest pageRequest) {
        PageRequest p = Pages.validate(pageRequest);
        AuditQuery q = query == null ? AuditQuery.all() : query;
        List<String> where = new ArrayList<>();
        if (q.entityType() != null) {
            where.add("a.entityType = :type");
        }
        if (q.entityId() != null) {
            where.add("a.entityId = :id");
        }
        if (q.actor() != null) {
            where.add("a.actor = :actor");
        }
        if (q.from() != null) {
            where.add("a.at >= :from");
        }
        if (q.to() != null) {
            where.add("a.at < :to");
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        return jpa.read(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEventEntity a" + clause, Long.class);
            TypedQuery<AuditEventEntity> select = em.createQuery(
                    "SELECT a FROM AuditEventEntity a" + clause + " ORDER BY a.id DESC", AuditEventEntity.class);
            for (TypedQuery<?> t : List.of(count, select)) {
                if (q.entityType() != null) {
                    t.setParameter("type", q.entityType());
                }
                if (q.entityId() != null) {
                    t.setParameter("id", q.entityId());
                }
                if (q.actor() != null) {
                    t.setParameter("actor", q.actor());
                }
                if (q.from() != null) {
                    t.setParameter("from", q.from());
                }
                if (q.to() != null) {
                    t.setParameter("to", q.to());
                }
            }
            List<AuditEntry> items = select.setFirstResult((int) p.offset()).setMaxResults(p.size())
                    .getResultList().stream().map(AuditEventEntity::toDto).toList();
            return new Page<>(items, p.page(), p.size(), count.getSingleResult());
        });
    }
}

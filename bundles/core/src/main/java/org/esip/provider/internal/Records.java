package org.esip.provider.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.PersistenceFailure;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.provider.api.StatusChange;

/** What the provider registries share: lookup with 404, optimistic locking with 409, status history. */
final class Records {
    private Records() {
    }

    static <E> E find(EntityManager em, Class<E> type, long id, String kind) {
        E e = em.find(type, id);
        if (e == null) {
            throw notFound(kind, id);
        }
        return e;
    }

    static NotFoundException notFound(String kind, long id) {
        return new NotFoundException(kind + ".not-found", Messages.zh(kind + ".not-found", Long.toString(id)),
                Messages.en(kind + ".not-found", Long.toString(id)));
    }

    /** @throws ConflictException on field {@code version} when the record is no longer at {@code expected} */
    static void checkVersion(long stored, long expected, String kind, long id) {
        if (stored != expected) {
            throw stale(kind, id, stored);
        }
    }

    static ConflictException stale(String kind, long id, long current) {
        String[] args = {Long.toString(id), Long.toString(current)};
        return new ConflictException(kind + ".stale", "version", Messages.zh("record.stale", (Object[]) args),
                Messages.en("record.stale", (Object[]) args));
    }

    /** True when a commit failed because someone else changed the record in between. */
    static boolean isOptimisticLockFailure(PersistenceException e) {
        return PersistenceFailure.of(e) == PersistenceFailure.STALE;
    }

    static void history(EntityManager em, String subjectType, long id, Actor actor, String from, String to,
            String reason, String agreementNumber, LocalDate agreementDate) {
        em.persist(new StatusChangeEntity(subjectType, id, Instant.now(), actor.username(), from, to, reason,
                agreementNumber, agreementDate));
    }

    static List<StatusChange> history(EntityManager em, String subjectType, long id) {
        return em.createQuery("SELECT h FROM StatusChangeEntity h WHERE h.subjectType = :t AND h.subjectId = :id"
                + " ORDER BY h.id", StatusChangeEntity.class).setParameter("t", subjectType).setParameter("id", id)
                .getResultList().stream().map(StatusChangeEntity::toDto).toList();
    }

    /**
     * Changes one record in a transaction if it is still at {@code version}, then audits the change:
     * the pattern every provider registry follows.
     *
     * @param afterwards runs after the change is flushed, with the record as it was before (e.g. history)
     */
    static <E, T> T change(Jpa jpa, AuditRecord audit, Actor actor, Class<E> type, String kind, long id, long version,
            String action, ToLongFunction<E> versionOf, Function<E, T> dto, BiFunction<T, T, Changes> changes,
            Consumer<E> change, BiConsumer<EntityManager, T> afterwards) {
        try {
            return jpa.inTransaction(em -> {
                E e = find(em, type, id, kind);
                checkVersion(versionOf.applyAsLong(e), version, kind, id);
                T before = dto.apply(e);
                change.accept(e);
                em.flush();
                if (afterwards != null) {
                    afterwards.accept(em, before);
                }
                T after = dto.apply(e);
                audit.record(em, actor, action, kind, id, changes.apply(before, after));
                return after;
            });
        } catch (PersistenceException e) {
            if (isOptimisticLockFailure(e)) {
                throw stale(kind, id, jpa.read(em -> versionOf.applyAsLong(find(em, type, id, kind))));
            }
            throw e;
        }
    }
}

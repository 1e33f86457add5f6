package org.esip.core.internal.seam;

import java.util.Map;

import javax.persistence.EntityManager;

import org.esip.core.api.Actor;
import org.esip.core.internal.persistence.KeyedInsert;

/**
 * Writes an audit log entry (clause 4.4.2) in the caller's transaction, so that a change and its entry are committed
 * together or not at all. The audit capability provides it; every capability that changes data records through it.
 */
public interface AuditRecord {
    /** Records {@code changes} to one entity; nothing is written when the change touched no field. */
    void record(EntityManager em, Actor actor, String action, String entityType, Object entityId, Changes changes);

    /**
     * Records the same {@code action} on many entities of {@code entityType} (their ids, each with its changes) in
     * the caller's transaction: one entry each, as {@link #record(EntityManager, Actor, String, String, Object,
     * Changes)} writes it, for a sweep's batch.
     */
    default void recordAll(EntityManager em, Actor actor, String action, String entityType,
            Map<?, Changes> changes) {
        changes.forEach((id, c) -> record(em, actor, action, entityType, id, c));
    }

    /**
     * The entry {@link #record(EntityManager, Actor, String, String, Object, Changes)} writes, for an entity whose key
     * the database has yet to give: to be written in the statement that inserts the entity ({@link KeyedInsert}).
     */
    KeyedInsert.Row entryOfNew(Actor actor, String action, String entityType, Changes changes);

    /** Records an event that changes no entity (a sign-in, a refused attempt) in a transaction of its own. */
    void record(Actor actor, String action, String entityType, String entityId, String detail);
}

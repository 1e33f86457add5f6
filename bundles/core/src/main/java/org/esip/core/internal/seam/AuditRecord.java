package org.esip.core.internal.seam;

import javax.persistence.EntityManager;

import org.esip.core.api.Actor;

/**
 * Writes an audit log entry (clause 4.4.2) in the caller's transaction, so that a change and its entry are committed
 * together or not at all. The audit capability provides it; every capability that changes data records through it.
 */
public interface AuditRecord {
    /** Records {@code changes} to one entity; nothing is written when the change touched no field. */
    void record(EntityManager em, Actor actor, String action, String entityType, Object entityId, Changes changes);

    /** Records an event that changes no entity (a sign-in, a refused attempt) in a transaction of its own. */
    void record(Actor actor, String action, String entityType, String entityId, String detail);
}

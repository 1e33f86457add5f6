package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;

import javax.persistence.EntityManager;

import org.esip.core.api.Actor;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.TicketStatus;

/** Writes every step into the ticket's timeline and, in the same transaction, into the audit log. */
final class TicketTimeline {
    private final AuditRecord audit;
    private final Clock clock;

    TicketTimeline(AuditRecord audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** The time a step taken now is recorded with. */
    Instant now() {
        return Instant.now(clock);
    }

    /** Records {@code action} on {@code t}, which went from {@code from} to the status it has now. */
    void record(EntityManager em, TicketEntity t, Actor actor, String action, TicketStatus from, Channel channel,
            String remark) {
        record(em, t, actor, action, from, channel, remark, now());
    }

    /** Records {@code action} taken at {@code at} on {@code t}, which went from {@code from} to its status now. */
    void record(EntityManager em, TicketEntity t, Actor actor, String action, TicketStatus from, Channel channel,
            String remark, Instant at) {
        em.persist(new TicketEventEntity(t.id, at, actor.username(), action, from, t.status, channel, remark));
        audit.record(em, actor, action, "ticket", t.id, new Changes()
                .field("status", from == null ? null : from.name(), t.status.name()));
    }
}

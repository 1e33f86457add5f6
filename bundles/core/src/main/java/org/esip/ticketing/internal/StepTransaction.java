package org.esip.ticketing.internal;

import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.Role;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Jpa;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketStatus;

/**
 * One step on one ticket in one transaction: the row locked, the version checked, the transition checked by
 * {@link TicketLifecycle} (Appendix A), the first staff member to handle it made its owner (首问负责), the step
 * in the timeline and the audit log, then what the step does besides.
 */
final class StepTransaction {
    private final Jpa jpa;
    private final TicketTimeline timeline;

    StepTransaction(Jpa jpa, TicketTimeline timeline) {
        this.jpa = jpa;
        this.timeline = timeline;
    }

    /** Staff (not the platform's own processes) become a ticket's owner by receiving it first (首问负责). */
    static boolean receives(Actor actor) {
        return actor.hasAny(Role.STAFF, Role.ADMIN) && !actor.username().startsWith("system:");
    }

    /**
     * Moves a ticket to {@code to} if it is still at {@code version} and the flow allows it; the first
     * staff member to handle it becomes its owner; the step goes into the timeline.
     */
    Ticket move(Actor actor, long id, long version, TicketStatus to, String action, Channel channel,
            String remark, Consumer<TicketEntity> change) {
        return step(actor, id, version, to, true, action, channel, remark, change, (em, t) -> { });
    }

    /**
     * The same, and {@code tell} with the moved ticket in the same transaction: the step's notices commit with it
     * (one commit per step, issue 16), and their SMS and e-mail go out after that commit.
     */
    Ticket move(Actor actor, long id, long version, TicketStatus to, String action, Channel channel,
            String remark, Consumer<TicketEntity> change, Consumer<Ticket> tell) {
        return step(actor, id, version, to, true, action, channel, remark, change, (em, t) -> tell.accept(t.toDto()));
    }

    /** A step that records something on the ticket without moving it, and tells of it in the same transaction. */
    Ticket note(Actor actor, long id, long version, String action, String remark, Consumer<TicketEntity> change,
            Consumer<Ticket> tell) {
        return step(actor, id, version, null, false, action, null, remark, change, (em, t) -> tell.accept(t.toDto()));
    }

    /** A step that records something on the ticket without moving it (a revisit, declining revisits). */
    Ticket note(Actor actor, long id, long version, String action, String remark,
            Consumer<TicketEntity> change) {
        return step(actor, id, version, null, false, action, null, remark, change, (em, t) -> { });
    }

    /** A step, then {@code after} in the same transaction once the step is in the timeline. */
    Ticket step(Actor actor, long id, long version, TicketStatus target, boolean transition, String action,
            Channel channel, String remark, Consumer<TicketEntity> change,
            BiConsumer<EntityManager, TicketEntity> after) {
        return jpa.inTransaction(em -> {
            Jpa.reusePlans(em); // a step finds and writes its rows by key
            // The row is locked for the step: of two people pressing the same step at once, the second waits for
            // the first, then sees the version it made and gets a 409 naming it (never a failed commit, a 500).
            TicketEntity t = em.find(TicketEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (t == null) {
                throw TicketQueries.notFound(id);
            }
            if (t.version != version) {
                throw new ConflictException("ticket.stale", "version",
                        Messages.zh("ticket.stale", Long.toString(id), Long.toString(t.version)),
                        Messages.en("ticket.stale", Long.toString(id), Long.toString(t.version)));
            }
            TicketStatus from = t.status;
            TicketStatus to = transition ? target : from;
            if (transition) {
                TicketLifecycle.check(from, to);
            }
            if (t.owner == null && receives(actor)) {
                t.owner = actor.username();
            }
            change.accept(t);
            t.status = to;
            // with the step's other changes, so that the ticket is written once (one version more)
            Instant at = timeline.now();
            t.stepTaken(action, at);
            em.flush();
            timeline.record(em, t, actor, action, from, channel, remark, at);
            after.accept(em, t);
            return t.toDto();
        });
    }
}

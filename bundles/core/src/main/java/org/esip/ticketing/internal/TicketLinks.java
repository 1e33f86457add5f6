package org.esip.ticketing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.persistence.Jpa;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketStatus;

/**
 * Tickets that belong together: a link both of them show (the same matter, a follow-up), and the merge of a duplicate
 * into an open ticket of the same enterprise, which links the two and ends the duplicate.
 */
final class TicketLinks {
    private final Jpa jpa;
    private final StepTransaction steps;
    private final TicketTimeline timeline;
    private final TicketQueries queries;
    private final Clock clock;

    TicketLinks(Jpa jpa, StepTransaction steps, TicketTimeline timeline, TicketQueries queries, Clock clock) {
        this.jpa = jpa;
        this.steps = steps;
        this.timeline = timeline;
        this.queries = queries;
        this.clock = clock;
    }

    Ticket link(Actor actor, long id, long otherId, String remark) {
        String r = StepInput.optional("remark", remark, 500);
        if (id == otherId) {
            new Violations().add("otherId", "ticket.link-self").throwIfAny();
        }
        return jpa.inTransaction(em -> {
            TicketEntity t = em.find(TicketEntity.class, id);
            TicketEntity other = em.find(TicketEntity.class, otherId);
            if (t == null) {
                throw TicketQueries.notFound(id);
            }
            if (other == null) {
                new Violations().add("otherId", "ticket.not-found", Long.toString(otherId)).throwIfAny();
            }
            if (em.find(TicketLinkEntity.class, new TicketLinkEntity.Key(id, otherId)) != null) {
                throw new ConflictException("ticket.already-linked", "otherId",
                        Messages.zh("ticket.already-linked", id, otherId), Messages.en("ticket.already-linked", id, otherId));
            }
            Instant now = Instant.now(clock);
            em.persist(new TicketLinkEntity(id, otherId, now, actor.username(), r));
            em.persist(new TicketLinkEntity(otherId, id, now, actor.username(), r));
            timeline.record(em, t, actor, "link", t.status, null, "#" + otherId + (r == null ? "" : " " + r));
            timeline.record(em, other, actor, "link", other.status, null, "#" + id + (r == null ? "" : " " + r));
            return t.toDto();
        });
    }

    List<Ticket> linked(long id) {
        queries.get(id);
        return jpa.read(em -> em.createQuery("SELECT t FROM TicketEntity t, TicketLinkEntity l WHERE l.ticketId = :id"
                + " AND t.id = l.linkedId ORDER BY t.id", TicketEntity.class).setParameter("id", id).getResultList()
                .stream().map(TicketEntity::toDto).toList());
    }

    Ticket merge(Actor actor, long id, long version, long intoId, String remark) {
        String r = StepInput.optional("remark", remark, 500);
        if (id == intoId) {
            new Violations().add("intoId", "ticket.link-self").throwIfAny();
        }
        return steps.step(actor, id, version, TicketStatus.MERGED, true, "merge", null, "→ #" + intoId + (r == null ? "" : " " + r),
                t -> t.mergedInto = intoId, (em, t) -> {
                    TicketEntity into = em.find(TicketEntity.class, intoId);
                    if (into == null) {
                        new Violations().add("intoId", "ticket.not-found", Long.toString(intoId)).throwIfAny();
                    }
                    if (into.enterpriseId != t.enterpriseId || TicketLifecycle.FINISHED.contains(into.status)) {
                        throw new ConflictException("ticket.merge-target", "intoId",
                                Messages.zh("ticket.merge-target", intoId, into.status),
                                Messages.en("ticket.merge-target", intoId, into.status));
                    }
                    timeline.record(em, into, actor, "merged-in", into.status, null, "← #" + t.id + (r == null ? "" : " " + r));
                    if (em.find(TicketLinkEntity.class, new TicketLinkEntity.Key(t.id, intoId)) == null) {
                        Instant now = Instant.now(clock);
                        em.persist(new TicketLinkEntity(t.id, intoId, now, actor.username(), r));
                        em.persist(new TicketLinkEntity(intoId, t.id, now, actor.username(), r));
                    }
                });
    }
}

package org.esip.ticketing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.Keyset;
import org.esip.core.internal.persistence.Search;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketEvent;
import org.esip.ticketing.api.TicketFigures;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketQueue;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketStep;

/**
 * What the tickets are now, read only: one ticket, the lists and work queues of the workbench, a ticket's
 * timeline, the steps it allows its user, and the figures of a period.
 */
final class TicketQueries {
    /** The order of the ticket list, paged by cursor (an index on each filter column, created_at, id serves it). */
    static final Keyset<TicketEntity> NEWEST_FIRST = new Keyset<>("e.createdAt", true, t -> t.createdAt, t -> t.id);
    /** The order of the work queues: what waits longest comes first. */
    static final Keyset<TicketEntity> OLDEST_FIRST = new Keyset<>("e.createdAt", false, t -> t.createdAt, t -> t.id);
    private final Jpa jpa;
    private final StaffOffers offers;

    TicketQueries(Jpa jpa, StaffOffers offers) {
        this.jpa = jpa;
        this.offers = offers;
    }

    Ticket get(long id) {
        return jpa.read(em -> Optional.ofNullable(em.find(TicketEntity.class, id))).map(TicketEntity::toDto)
                .orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("ticket.not-found", Messages.zh("ticket.not-found", Long.toString(id)),
                Messages.en("ticket.not-found", Long.toString(id)));
    }

    Page<Ticket> list(Long enterpriseId, TicketStatus status, String owner, TicketKind kind, PageRequest page) {
        return jpa.read(em -> new Search().equal("e.enterpriseId", enterpriseId).equal("e.status", status)
                .equal("e.kind", kind)
                .equal("e.owner", owner == null || owner.isBlank() ? null : owner.strip())
                .page(em, TicketEntity.class, NEWEST_FIRST, page, List.of(), TicketEntity::toDto));
    }

    List<TicketStep> allowedSteps(long id, String username) {
        return jpa.read(em -> {
            TicketEntity t = em.find(TicketEntity.class, id);
            if (t == null) {
                throw notFound(id);
            }
            boolean infoRequested = t.infoRequestedRevision != null && t.infoRequestedRevision == t.submissionRevision;
            List<TicketStep> steps = new ArrayList<>(TicketSteps.allowed(t.toDto(), infoRequested, username));
            if (username != null
                    && !offers.mayAnswerStaffOffer(username, StaffOffers.isAdministrator(em, username), t)) {
                // A staff member's offer is answered by that member's own account (or a supervisor's).
                steps.remove(TicketStep.SIGN);
                steps.remove(TicketStep.RETURN);
            }
            return steps;
        });
    }

    Page<Ticket> queue(TicketQueue queue, String username, PageRequest page) {
        Search search = new Search();
        switch (queue) {
            case NEW -> search.equal("e.status", TicketStatus.SUBMITTED);
            case MINE -> search.equal("e.owner", username == null ? "" : username).notIn("e.status", TicketLifecycle.FINISHED);
            case OVERDUE -> search.flag("e.overdue", true).notIn("e.status", TicketLifecycle.FINISHED);
            case PROBLEM -> search.flag("e.problem", true).notIn("e.status", TicketLifecycle.FINISHED);
            case WAITING -> search.where("(e.requestKind IS NOT NULL OR e.status = :waitAccepted AND e.returnCount > 0)",
                    "waitAccepted", TicketStatus.ACCEPTED);
        }
        return jpa.read(em -> search.page(em, TicketEntity.class, OLDEST_FIRST, page, List.of(), TicketEntity::toDto));
    }

    TicketFigures figures(String regionPrefix, LocalDate from, LocalDate to) {
        Instant start = from == null ? null : from.atStartOfDay(TicketDeadlines.ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(TicketDeadlines.ZONE).toInstant();
        String prefix = regionPrefix == null || regionPrefix.isBlank() ? null : regionPrefix.strip();
        return jpa.read(em -> new TicketFiguresQuery(prefix, start, end).compute(em, TicketDeadlines.ZONE));
    }

    List<TicketEvent> timeline(long id) {
        get(id);
        return jpa.read(em -> em.createQuery("SELECT e FROM TicketEventEntity e WHERE e.ticketId = :id ORDER BY e.id",
                TicketEventEntity.class).setParameter("id", id).getResultList().stream()
                .map(TicketEventEntity::toDto).toList());
    }
}

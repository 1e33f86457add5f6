package org.esip.ticketing.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.esip.core.internal.persistence.Jpa;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.ComplaintTarget;
import org.esip.ticketing.api.ServiceRecord;

/**
 * The service record as it was computed before issue 16 (every ticket of the assignee read and folded in Java), kept
 * as the oracle {@link TicketFiguresQueryTest} compares {@link ServiceRecords} with.
 *
 * <p>
 * The service record of an organisation or expert (clause 6.3.3), from the tickets dispatched to it: how many it
 * completed, how many on time, its average grade, and the complaints against it.
 */
final class ServiceRecordsOracle {
    private final Jpa jpa;

    ServiceRecordsOracle(Jpa jpa) {
        this.jpa = jpa;
    }

    ServiceRecord recordOf(AssigneeKind kind, long assigneeId) {
        return jpa.read(em -> {
            List<TicketEntity> mine = em.createQuery("SELECT t FROM TicketEntity t WHERE t.assigneeKind = :kind"
                    + " AND t.assigneeId = :id", TicketEntity.class).setParameter("kind", kind)
                    .setParameter("id", assigneeId).getResultList();
            // When each was resolved, in one query for all of them.
            Map<Long, Instant> resolvedAt = new HashMap<>();
            List<Long> ids = mine.stream().map(t -> t.id).toList();
            if (!ids.isEmpty()) {
                em.createQuery("SELECT e.ticketId, MAX(e.at) FROM TicketEventEntity e WHERE e.action = :resolve"
                        + " AND e.ticketId IN :ids GROUP BY e.ticketId", Object[].class).setParameter("resolve", "resolve")
                        .setParameter("ids", ids).getResultList()
                        .forEach(row -> resolvedAt.put((Long) row[0], (Instant) row[1]));
            }
            long completed = 0;
            long onTime = 0;
            long evaluations = 0;
            long gradeSum = 0;
            for (TicketEntity t : mine) {
                if (TicketLifecycle.COMPLETED.contains(t.status)) {
                    completed++;
                    Instant at = resolvedAt.get(t.id);
                    if (at != null && t.resolveDue != null && !at.atZone(TicketDeadlines.ZONE).toLocalDate().isAfter(t.resolveDue)) {
                        onTime++;
                    }
                }
                if (t.grade != null) {
                    evaluations++;
                    gradeSum += 5 - t.grade.ordinal();
                }
            }
            long assigned = mine.size();
            long complaints = kind != AssigneeKind.ORGANISATION ? 0
                    : em.createQuery("SELECT COUNT(t) FROM TicketEntity t WHERE t.targetKind = :k AND t.targetId = :id",
                            Long.class).setParameter("k", ComplaintTarget.Kind.ORGANISATION)
                            .setParameter("id", assigneeId).getSingleResult();
            return new ServiceRecord(assigned, completed, onTime,
                    assigned == 0 ? null : (double) completed / assigned, completed == 0 ? null : (double) onTime / completed,
                    evaluations, evaluations == 0 ? null : (double) gradeSum / evaluations, complaints);
        });
    }
}

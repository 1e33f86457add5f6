package org.esip.ticketing.internal;

import org.esip.core.internal.persistence.Jpa;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.ComplaintTarget;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.ServiceRecord;
import org.esip.ticketing.api.TicketStatus;

/**
 * The service record of an organisation or expert (clause 6.3.3), from the tickets dispatched to it: how many it
 * completed, how many on time (resolved on a day, in Asia/Shanghai, not after the deadline; see {@link StageDays}),
 * its average grade, and the complaints against it. Counted in the database, one row per status and grade.
 */
final class ServiceRecords {
    private final Jpa jpa;

    ServiceRecords(Jpa jpa) {
        this.jpa = jpa;
    }

    ServiceRecord recordOf(AssigneeKind kind, long assigneeId) {
        return jpa.read(em -> {
            long assigned = 0;
            long completed = 0;
            long onTime = 0;
            long evaluations = 0;
            long gradeSum = 0;
            for (Object[] g : em.createQuery("SELECT t.status, t.grade, COUNT(t),"
                    + " SUM(CASE WHEN t.resolvedOn <= t.resolveDue THEN 1 ELSE 0 END) FROM TicketEntity t"
                    + " WHERE t.assigneeKind = :kind AND t.assigneeId = :id GROUP BY t.status, t.grade", Object[].class)
                    .setParameter("kind", kind).setParameter("id", assigneeId).getResultList()) {
                long n = ((Number) g[2]).longValue();
                assigned += n;
                if (TicketLifecycle.COMPLETED.contains((TicketStatus) g[0])) {
                    completed += n;
                    onTime += g[3] == null ? 0 : ((Number) g[3]).longValue();
                }
                if (g[1] != null) {
                    evaluations += n;
                    gradeSum += n * (5 - ((SatisfactionGrade) g[1]).ordinal());
                }
            }
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

package org.esip.ticketing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.TicketFigures;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketStatus;

/**
 * The figures as they were computed before issue 16 (every ticket of the period read and folded in Java), kept as
 * the oracle {@link TicketFiguresQueryTest} compares the database's aggregation with.
 *
 * <p>
 * Computes {@link TicketFigures} in one read: the tickets of the period and county with their
 * enterprise's region, and the last time each took the steps that end a deadline stage. A stage counts
 * as on time by the same rule as an organisation's record (clause 6.3.3): the step's day, in
 * Asia/Shanghai, is not after the stage's deadline.
 */
final class TicketFiguresOracle {
    private static final int ATTENTION_MAX = 20;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final String where;
    private final Map<String, Object> params = new HashMap<>();

    TicketFiguresOracle(String regionPrefix, Instant from, Instant toExclusive) {
        StringBuilder w = new StringBuilder(" x.id = t.enterpriseId");
        if (regionPrefix != null) {
            w.append(" AND x.regionCode LIKE :region");
            params.put("region", regionPrefix + "%");
        }
        if (from != null) {
            w.append(" AND t.createdAt >= :from");
            params.put("from", from);
        }
        if (toExclusive != null) {
            w.append(" AND t.createdAt < :to");
            params.put("to", toExclusive);
        }
        this.where = w.toString();
    }

    private <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> q = em.createQuery(jpql, type);
        params.forEach(q::setParameter);
        return q;
    }

    TicketFigures compute(EntityManager em, ZoneId zone) {
        List<Object[]> rows = query(em, "SELECT t, x.regionCode FROM TicketEntity t, EnterpriseEntity x WHERE" + where,
                Object[].class).getResultList();
        // ticket id -> action -> the last time it was taken
        Map<Long, Map<String, Instant>> last = new HashMap<>();
        query(em, "SELECT e.ticketId, e.action, MAX(e.at) FROM TicketEventEntity e, TicketEntity t, EnterpriseEntity x"
                + " WHERE e.ticketId = t.id AND e.action IN ('accept', 'reject', 'sign', 'resolve') AND" + where
                + " GROUP BY e.ticketId, e.action", Object[].class).getResultList()
                .forEach(r -> last.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1], (Instant) r[2]));

        Map<String, Long> byChannel = ordered(Channel.values());
        Map<String, Long> byKind = ordered(TicketKind.values());
        Map<String, Long> byStatus = ordered(TicketStatus.values());
        Map<String, Long> grades = ordered(SatisfactionGrade.values());
        Map<String, Long> byCounty = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        Map<String, long[]> stages = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            stages.put(s.name(), new long[2]);
        }
        Map<String, TicketFigures.AssigneeCount> assignees = new LinkedHashMap<>();
        long accepted = 0;
        long rejected = 0;
        long evaluations = 0;
        long needed = 0;
        long corrected = 0;
        long overdue = 0;
        long problems = 0;
        List<TicketEntity> attention = new ArrayList<>();
        for (Object[] row : rows) {
            TicketEntity t = (TicketEntity) row[0];
            String region = (String) row[1];
            Map<String, Instant> at = last.getOrDefault(t.id, Map.of());
            byChannel.merge(t.channel.name(), 1L, Long::sum);
            byKind.merge(t.kind.name(), 1L, Long::sum);
            byStatus.merge(t.status.name(), 1L, Long::sum);
            byCounty.merge(region == null || region.length() < 6 ? "—" : region.substring(0, 6), 1L, Long::sum);
            byMonth.merge(MONTH.format(t.createdAt.atZone(zone)), 1L, Long::sum);
            if (at.containsKey("accept")) {
                accepted++;
            } else if (t.status == TicketStatus.REJECTED) {
                rejected++;
            }
            Instant decided = at.containsKey("accept") ? at.get("accept") : at.get("reject");
            stage(stages, Stage.ACCEPT, decided, t.acceptDue, zone);
            stage(stages, Stage.OFFER, at.get("sign"), t.offerDue, zone);
            stage(stages, Stage.HANDLE, at.get("resolve"), t.handlerDue, zone);
            stage(stages, Stage.RESOLVE, at.get("resolve"), t.resolveDue, zone);
            stage(stages, Stage.CORRECT, t.correctedAt, t.correctionDue, zone);
            if (t.grade != null) {
                evaluations++;
                grades.merge(t.grade.name(), 1L, Long::sum);
                if (t.grade.needsCorrection()) {
                    needed++;
                    if (t.correctedAt != null) {
                        corrected++;
                    }
                }
            }
            boolean open = !TicketLifecycle.FINISHED.contains(t.status);
            if (open && t.overdue) {
                overdue++;
            }
            if (open && t.problem) {
                problems++;
            }
            if (open && (t.overdue || t.problem)) {
                attention.add(t);
            }
            if (t.assigneeId != null && (t.assigneeKind == AssigneeKind.ORGANISATION || t.assigneeKind == AssigneeKind.EXPERT)) {
                String key = t.assigneeKind + ":" + t.assigneeId;
                TicketFigures.AssigneeCount c = assignees.get(key);
                assignees.put(key, new TicketFigures.AssigneeCount(t.assigneeKind, t.assigneeId, t.assigneeName,
                        c == null ? 1 : c.tickets() + 1));
            }
        }
        byChannel.values().removeIf(v -> v == 0);
        byKind.values().removeIf(v -> v == 0);
        byStatus.values().removeIf(v -> v == 0);
        grades.values().removeIf(v -> v == 0);
        List<TicketFigures.StageFigure> stageFigures = new ArrayList<>();
        stages.forEach((name, c) -> stageFigures.add(new TicketFigures.StageFigure(name, c[0], c[1], rate(c[1], c[0]))));
        attention.sort(Comparator.comparing((TicketEntity t) -> t.createdAt).thenComparing(t -> t.id));
        List<TicketFigures.AssigneeCount> byAssignee = new ArrayList<>(assignees.values());
        byAssignee.sort(Comparator.comparingLong(TicketFigures.AssigneeCount::tickets).reversed()
                .thenComparing(TicketFigures.AssigneeCount::id));
        return new TicketFigures(rows.size(), byChannel, byKind, byCounty, byMonth, byStatus,
                new TicketFigures.Acceptance(accepted, rejected, rate(accepted, accepted + rejected)), stageFigures,
                grades, evaluations, new TicketFigures.Corrections(needed, corrected, rate(corrected, needed)), overdue,
                problems, attention.stream().limit(ATTENTION_MAX).map(TicketEntity::toDto).toList(), byAssignee);
    }

    private static void stage(Map<String, long[]> stages, Stage stage, Instant done, LocalDate due, ZoneId zone) {
        if (done == null || due == null) {
            return;
        }
        long[] c = stages.get(stage.name());
        c[0]++;
        if (!done.atZone(zone).toLocalDate().isAfter(due)) {
            c[1]++;
        }
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Map<String, Long> ordered(Enum<?>[] values) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            m.put(v.name(), 0L);
        }
        return m;
    }
}

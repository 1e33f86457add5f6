package org.esip.ticketing.internal;

import java.time.Instant;
import java.time.YearMonth;
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
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketFigures;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketStatus;

/**
 * Computes {@link TicketFigures} of the tickets of a period and county in the database (issue 16): a handful of
 * aggregate queries whose answers are bounded by the number of channels, kinds, statuses, grades, regions, months
 * and assignees, never by the number of tickets, and the attention list as a bounded query. A stage counts as on
 * time by the same rule as an organisation's record (clause 6.3.3): the day, in Asia/Shanghai, of the last step
 * that ended it (kept on the ticket, see {@link StageDays}) is not after the stage's deadline.
 */
final class TicketFiguresQuery {
    private static final int ATTENTION_MAX = 20;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    /** Each stage's end day and deadline, in {@link Stage} order. */
    private static final Map<Stage, String[]> STAGE_DAYS = new LinkedHashMap<>();

    static {
        STAGE_DAYS.put(Stage.ACCEPT, new String[] {"COALESCE(t.acceptedOn, t.rejectedOn)", "t.acceptDue"});
        STAGE_DAYS.put(Stage.OFFER, new String[] {"t.signedOn", "t.offerDue"});
        STAGE_DAYS.put(Stage.HANDLE, new String[] {"t.resolvedOn", "t.handlerDue"});
        STAGE_DAYS.put(Stage.RESOLVE, new String[] {"t.resolvedOn", "t.resolveDue"});
        STAGE_DAYS.put(Stage.CORRECT, new String[] {"t.correctedOn", "t.correctionDue"});
    }

    private final List<String> conditions = new ArrayList<>();
    private final boolean ofRegion;
    private final Map<String, Object> params = new HashMap<>();

    TicketFiguresQuery(String regionPrefix, Instant from, Instant toExclusive) {
        ofRegion = regionPrefix != null;
        if (ofRegion) {
            conditions.add("x.regionCode LIKE :region");
            params.put("region", regionPrefix + "%");
        }
        if (from != null) {
            conditions.add("t.createdAt >= :from");
            params.put("from", from);
        }
        if (toExclusive != null) {
            conditions.add("t.createdAt < :to");
            params.put("to", toExclusive);
        }
    }

    /**
     * The tickets of the period and county, and {@code more} conditions; with their enterprise {@code x} when it is
     * asked for or the county is (without a county every ticket has one, and the database need not join).
     */
    private String tickets(boolean withEnterprise, String... more) {
        boolean join = withEnterprise || ofRegion;
        List<String> all = new ArrayList<>();
        if (join) {
            all.add("x.id = t.enterpriseId");
        }
        all.addAll(conditions);
        all.addAll(List.of(more));
        return " FROM TicketEntity t" + (join ? ", EnterpriseEntity x" : "")
                + (all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all));
    }

    private <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> q = em.createQuery(jpql, type);
        params.forEach(q::setParameter);
        return q;
    }

    TicketFigures compute(EntityManager em, ZoneId zone) {
        StringBuilder stageSums = new StringBuilder();
        STAGE_DAYS.values().forEach(d -> stageSums
                .append(", SUM(CASE WHEN ").append(d[0]).append(" IS NOT NULL AND ").append(d[1])
                .append(" IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN ").append(d[0]).append(" <= ").append(d[1])
                .append(" THEN 1 ELSE 0 END)"));
        // one row per combination of channel, kind, status, grade and the two flags
        List<Object[]> groups = query(em, "SELECT t.channel, t.kind, t.status, t.grade, t.overdue, t.problem, COUNT(t),"
                + " COUNT(t.acceptedOn), COUNT(t.correctedAt), MIN(t.createdAt), MAX(t.createdAt)" + stageSums + tickets(false)
                + " GROUP BY t.channel, t.kind, t.status, t.grade, t.overdue, t.problem", Object[].class)
                .getResultList();

        Map<String, Long> byChannel = ordered(Channel.values());
        Map<String, Long> byKind = ordered(TicketKind.values());
        Map<String, Long> byStatus = ordered(TicketStatus.values());
        Map<String, Long> grades = ordered(SatisfactionGrade.values());
        long[][] stages = new long[STAGE_DAYS.size()][2];
        long total = 0;
        long accepted = 0;
        long rejected = 0;
        long evaluations = 0;
        long needed = 0;
        long corrected = 0;
        long overdue = 0;
        long problems = 0;
        Instant first = null;
        Instant last = null;
        for (Object[] g : groups) {
            TicketStatus status = (TicketStatus) g[2];
            SatisfactionGrade grade = (SatisfactionGrade) g[3];
            boolean open = !TicketLifecycle.FINISHED.contains(status);
            long n = count(g[6]);
            long withAccept = count(g[7]);
            total += n;
            byChannel.merge(((Channel) g[0]).name(), n, Long::sum);
            byKind.merge(((TicketKind) g[1]).name(), n, Long::sum);
            byStatus.merge(status.name(), n, Long::sum);
            accepted += withAccept;
            if (status == TicketStatus.REJECTED) {
                rejected += n - withAccept;
            }
            if (grade != null) {
                evaluations += n;
                grades.merge(grade.name(), n, Long::sum);
                if (grade.needsCorrection()) {
                    needed += n;
                    corrected += count(g[8]);
                }
            }
            if (open && Boolean.TRUE.equals(g[4])) {
                overdue += n;
            }
            if (open && Boolean.TRUE.equals(g[5])) {
                problems += n;
            }
            Instant from = (Instant) g[9];
            Instant to = (Instant) g[10];
            first = first == null || from.isBefore(first) ? from : first;
            last = last == null || to.isAfter(last) ? to : last;
            for (int s = 0; s < stages.length; s++) {
                stages[s][0] += count(g[11 + 2 * s]);
                stages[s][1] += count(g[12 + 2 * s]);
            }
        }
        byChannel.values().removeIf(v -> v == 0);
        byKind.values().removeIf(v -> v == 0);
        byStatus.values().removeIf(v -> v == 0);
        grades.values().removeIf(v -> v == 0);
        List<TicketFigures.StageFigure> stageFigures = new ArrayList<>();
        int s = 0;
        for (Stage stage : STAGE_DAYS.keySet()) {
            long[] c = stages[s++];
            stageFigures.add(new TicketFigures.StageFigure(stage.name(), c[0], c[1], rate(c[1], c[0])));
        }
        return new TicketFigures(total, byChannel, byKind, byCounty(em), byMonth(em, zone, first, last), byStatus,
                new TicketFigures.Acceptance(accepted, rejected, rate(accepted, accepted + rejected)), stageFigures,
                grades, evaluations, new TicketFigures.Corrections(needed, corrected, rate(corrected, needed)), overdue,
                problems, attention(em), byAssignee(em));
    }

    /** Per county, the first six characters of the enterprise's region ("—" when it has none). */
    private Map<String, Long> byCounty(EntityManager em) {
        Map<String, Long> byCounty = new TreeMap<>();
        query(em, "SELECT x.regionCode, COUNT(t)" + tickets(true) + " GROUP BY x.regionCode", Object[].class).getResultList().forEach(r -> {
                    String region = (String) r[0];
                    byCounty.merge(region == null || region.length() < 6 ? "—" : region.substring(0, 6), count(r[1]),
                            Long::sum);
                });
        return byCounty;
    }

    /**
     * Per month of creation in {@code zone}, from {@code first} to {@code last}: how many were created before the
     * start of each following month, counted in one pass, the month's figure being the difference.
     */
    private Map<String, Long> byMonth(EntityManager em, ZoneId zone, Instant first, Instant last) {
        Map<String, Long> byMonth = new TreeMap<>();
        if (first == null) {
            return byMonth;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first.atZone(zone)); !m.isAfter(YearMonth.from(last.atZone(zone)));
                m = m.plusMonths(1)) {
            months.add(m);
        }
        StringBuilder sums = new StringBuilder("SELECT COUNT(t)");
        for (int i = 0; i < months.size(); i++) {
            sums.append(", SUM(CASE WHEN t.createdAt < :end").append(i).append(" THEN 1 ELSE 0 END)");
        }
        TypedQuery<Object[]> q = query(em, sums + tickets(false),
                Object[].class);
        for (int i = 0; i < months.size(); i++) {
            q.setParameter("end" + i, months.get(i).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }
        Object[] before = q.getSingleResult();
        long previous = 0;
        for (int i = 0; i < months.size(); i++) {
            long upToEnd = count(before[i + 1]);
            if (upToEnd > previous) {
                byMonth.put(MONTH.format(months.get(i)), upToEnd - previous);
            }
            previous = upToEnd;
        }
        return byMonth;
    }

    /** The open tickets that are overdue or a problem, oldest first, at most {@link #ATTENTION_MAX}. */
    private List<Ticket> attention(EntityManager em) {
        return query(em, "SELECT t" + tickets(false, "t.status NOT IN :finished",
                "(t.overdue = :yes OR t.problem = :yes)")
                + " ORDER BY t.createdAt, t.id", TicketEntity.class)
                .setParameter("finished", TicketLifecycle.FINISHED)
                .setParameter("yes", true)
                .setMaxResults(ATTENTION_MAX)
                .getResultList().stream().map(TicketEntity::toDto).toList();
    }

    /** Tickets per organisation and expert assigned, most first. */
    private List<TicketFigures.AssigneeCount> byAssignee(EntityManager em) {
        List<TicketFigures.AssigneeCount> byAssignee = new ArrayList<>();
        query(em, "SELECT t.assigneeKind, t.assigneeId, MAX(t.assigneeName), COUNT(t)"
                + tickets(false, "t.assigneeId IS NOT NULL", "t.assigneeKind IN :kinds")
                + " GROUP BY t.assigneeKind, t.assigneeId",
                Object[].class)
                .setParameter("kinds", List.of(AssigneeKind.ORGANISATION, AssigneeKind.EXPERT))
                .getResultList().forEach(r -> byAssignee.add(new TicketFigures.AssigneeCount((AssigneeKind) r[0],
                        ((Number) r[1]).longValue(), (String) r[2], count(r[3]))));
        byAssignee.sort(Comparator.comparingLong(TicketFigures.AssigneeCount::tickets).reversed()
                .thenComparing(TicketFigures.AssigneeCount::id).thenComparing(TicketFigures.AssigneeCount::kind));
        return byAssignee;
    }

    /** A COUNT or SUM as the database answered it (a SUM over no row is null). */
    private static long count(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
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

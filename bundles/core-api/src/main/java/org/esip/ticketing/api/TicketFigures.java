package org.esip.ticketing.api;

import java.util.List;
import java.util.Map;

/**
 * The figures of the tickets created in a period, optionally of one county (clause 7.1): what the
 * dashboards draw. Maps are ordered (channels, kinds and grades in their declared order; counties and
 * months ascending) and hold only keys with a count.
 *
 * @param total        tickets counted
 * @param byChannel    per {@link Channel}
 * @param byKind       per {@link TicketKind}
 * @param byCounty     per county (the first six digits of the enterprise's region code)
 * @param byMonth      per month of submission, {@code yyyy-MM} in Asia/Shanghai
 * @param byStatus     per {@link TicketStatus}
 * @param acceptance   of the tickets decided at intake: accepted, rejected and the rate
 * @param stages       per deadline stage: how many passed it and how many on time
 * @param grades       per {@link SatisfactionGrade}
 * @param evaluations  tickets evaluated
 * @param corrections  evaluations asking for a correction (不满意, 非常不满意), and of those corrected
 * @param overdue      open tickets escalated for a passed deadline (as in the OVERDUE queue)
 * @param problems     open problem tickets (as in the PROBLEM queue)
 * @param attention    the first open overdue or problem tickets, oldest first
 * @param assignees    per organisation or expert the counted tickets were dispatched to: how many
 */
public record TicketFigures(long total, Map<String, Long> byChannel, Map<String, Long> byKind,
        Map<String, Long> byCounty, Map<String, Long> byMonth, Map<String, Long> byStatus, Acceptance acceptance,
        List<StageFigure> stages, Map<String, Long> grades, long evaluations, Corrections corrections, long overdue,
        long problems, List<Ticket> attention, List<AssigneeCount> assignees) {

    /** @param rate accepted / (accepted + rejected), {@code null} when none was decided */
    public record Acceptance(long accepted, long rejected, Double rate) {
    }

    /**
     * One deadline stage: {@code passed} tickets took its step with a deadline set, {@code onTime} of them
     * by that deadline.
     *
     * @param stage ACCEPT (受理), OFFER (签收或退单), HANDLE (承办), RESOLVE (办结), CORRECT (整改)
     */
    public record StageFigure(String stage, long passed, long onTime, Double onTimeRate) {
    }

    /** @param rate corrected / needed, {@code null} when none was needed */
    public record Corrections(long needed, long corrected, Double rate) {
    }

    public record AssigneeCount(AssigneeKind kind, long id, String name, long tickets) {
    }
}

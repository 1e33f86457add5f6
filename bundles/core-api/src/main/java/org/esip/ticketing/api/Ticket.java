package org.esip.ticketing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One demand of one enterprise (clause 5.1.1) and where it stands.
 *
 * @param owner             the staff member who first received it: accountable for its whole life
 *                          (首问负责), whoever serves it; {@code null} until a staff member takes it
 * @param missingItems      what the enterprise was asked for at once (一次性告知), while NEEDS_INFO
 * @param rejectReason      why it was not accepted, told to the enterprise
 * @param assignment        who serves it, once assigned
 * @param result            the result recorded when resolved
 * @param grade             the enterprise's evaluation, once evaluated
 * @param correctionNeeded  true when the evaluation asks for a correction and a revisit
 * @param revisitDeclined   the enterprise asked not to be revisited
 * @param acceptDue         the last working day to accept or answer it (time-limited handling)
 * @param resolveDue        the last working day to resolve it, once accepted
 * @param overdue           a deadline passed before the step was taken; escalated once
 * @param signedAt          when the assignee signed for it (签收); its clock starts then
 * @param returnCount       how often assignees returned it (退单)
 * @param problem           returned or passed on too often: escalated to the platform head (提级督办)
 * @param against           for a complaint: what it is about
 * @param domain            the service domain it asks for, when known (a ServiceDomain name)
 * @param offerDue          while dispatched and not signed for: the last working day to sign for it or
 *                          return it (the refusal deadline)
 * @param handlerDue        the dispatched handler's own deadline, counted from its sign-for (签收)
 * @param deferredUntil     during an approved deferral (缓办): its last day; the clocks stand still until then
 * @param pendingRequest    a request for more time (延期 / 缓办) awaiting the platform's decision
 * @param fee               fees charged to the enterprise, in yuan ({@code null}: none recorded; 0: free)
 * @param correctionDue     after 不满意 or 非常不满意: the last working day for the correction (整改)
 * @param correctedAt       when the correction was recorded
 * @param mergedInto        for a MERGED ticket: the ticket it went into
 * @param category          the service line's ticket category it belongs to, or {@code null}; kept when the
 *                          line is uninstalled
 * @param supplements       everything the enterprise supplied after being asked, oldest first, each dated; the
 *                          original application stays {@code description} (clause 6.4.1 预约申请)
 * @param appointmentAt     the agreed appointment (预约服务时间, clause 5.4.1.2 a), or {@code null}
 * @param servicePointId    for a WINDOW intake: the service point (窗口) that took it, or {@code null}
 */
public record Ticket(long id, long enterpriseId, TicketKind kind, Channel channel, String title,
        String description, TicketStatus status, String owner, List<String> missingItems, String rejectReason,
        Assignment assignment, String result, SatisfactionGrade grade, String evaluationComment,
        boolean correctionNeeded, boolean revisitDeclined, LocalDate acceptDue,
        LocalDate resolveDue, boolean overdue, Instant signedAt, int returnCount, boolean problem,
        ComplaintTarget against, String domain, LocalDate offerDue, LocalDate handlerDue,
        LocalDate deferredUntil, TimeRequest pendingRequest, BigDecimal fee,
        LocalDate correctionDue, Instant correctedAt, Long mergedInto, Instant createdAt, long version,
        String category, List<Supplement> supplements, Instant appointmentAt, Long servicePointId) {
    public Ticket {
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
    }

    /** A ticket without supplements, appointment or service point (the 3.1 form). */
    public Ticket(long id, long enterpriseId, TicketKind kind, Channel channel, String title,
            String description, TicketStatus status, String owner, List<String> missingItems, String rejectReason,
            Assignment assignment, String result, SatisfactionGrade grade, String evaluationComment,
            boolean correctionNeeded, boolean revisitDeclined, LocalDate acceptDue,
            LocalDate resolveDue, boolean overdue, Instant signedAt, int returnCount, boolean problem,
            ComplaintTarget against, String domain, LocalDate offerDue, LocalDate handlerDue,
            LocalDate deferredUntil, TimeRequest pendingRequest, BigDecimal fee,
            LocalDate correctionDue, Instant correctedAt, Long mergedInto, Instant createdAt, long version,
            String category) {
        this(id, enterpriseId, kind, channel, title, description, status, owner, missingItems, rejectReason,
                assignment, result, grade, evaluationComment, correctionNeeded, revisitDeclined, acceptDue, resolveDue,
                overdue, signedAt, returnCount, problem, against, domain, offerDue, handlerDue, deferredUntil,
                pendingRequest, fee, correctionDue, correctedAt, mergedInto, createdAt, version, category, List.of(),
                null, null);
    }

    /** A ticket without a service line's category (the 3.0 form). */
    public Ticket(long id, long enterpriseId, TicketKind kind, Channel channel, String title,
            String description, TicketStatus status, String owner, List<String> missingItems, String rejectReason,
            Assignment assignment, String result, SatisfactionGrade grade, String evaluationComment,
            boolean correctionNeeded, boolean revisitDeclined, LocalDate acceptDue,
            LocalDate resolveDue, boolean overdue, Instant signedAt, int returnCount, boolean problem,
            ComplaintTarget against, String domain, LocalDate offerDue, LocalDate handlerDue,
            LocalDate deferredUntil, TimeRequest pendingRequest, BigDecimal fee,
            LocalDate correctionDue, Instant correctedAt, Long mergedInto, Instant createdAt, long version) {
        this(id, enterpriseId, kind, channel, title, description, status, owner, missingItems, rejectReason,
                assignment, result, grade, evaluationComment, correctionNeeded, revisitDeclined, acceptDue, resolveDue,
                overdue, signedAt, returnCount, problem, against, domain, offerDue, handlerDue, deferredUntil,
                pendingRequest, fee, correctionDue, correctedAt, mergedInto, createdAt, version, null, List.of(), null,
                null);
    }
}

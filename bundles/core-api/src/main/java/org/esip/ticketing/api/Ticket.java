package org.esip.ticketing.api;

import java.time.Instant;
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
 */
public record Ticket(long id, long enterpriseId, TicketKind kind, Channel channel, String title,
        String description, TicketStatus status, String owner, List<String> missingItems, String rejectReason,
        Assignment assignment, String result, SatisfactionGrade grade, String evaluationComment,
        boolean correctionNeeded, boolean revisitDeclined, java.time.LocalDate acceptDue,
        java.time.LocalDate resolveDue, boolean overdue, Instant signedAt, int returnCount, boolean problem,
        ComplaintTarget against, Instant createdAt, long version) {
    public Ticket {
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
    }
}

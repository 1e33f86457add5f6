package org.esip.ticketing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Intake and the service flow of enterprises' demands (Appendix A, clauses 5.4 and 6.1 a). Every
 * transition the server allows is a method; any other is a 409 naming the allowed ones. Each records
 * who, when, the channel and a remark in the ticket's timeline.
 */
@ProviderType
public interface TicketService {

    /**
     * Records a new ticket in status SUBMITTED. A staff member taking it (phone, window, visit …) becomes
     * its owner. The same {@code idempotencyKey} from the same actor returns the ticket made the first
     * time instead of a second one.
     *
     * @throws org.esip.core.api.ValidationException naming each invalid field, including an unknown enterprise
     */
    Ticket submit(Actor actor, TicketSubmission submission, String idempotencyKey);

    /** @throws org.esip.core.api.NotFoundException when no ticket has this id */
    Ticket get(long id);

    /** Tickets, newest first, optionally of one enterprise, one status or one owner only. */
    default Page<Ticket> list(Long enterpriseId, TicketStatus status, String owner, PageRequest page) {
        return list(enterpriseId, status, owner, null, page);
    }

    /** Tickets, newest first, optionally of one enterprise, one status, one owner or one kind only. */
    Page<Ticket> list(Long enterpriseId, TicketStatus status, String owner, TicketKind kind, PageRequest page);

    /**
     * Records the appointment agreed with the enterprise (预约服务时间, clause 5.4.1.2 a) on an open ticket, in
     * its timeline; the enterprise is told.
     *
     * @throws org.esip.core.api.ValidationException on field {@code appointmentAt} when missing or before the
     *                                               ticket was submitted
     */
    Ticket appoint(Actor actor, long id, long version, Instant appointmentAt, String remark);

    /**
     * Whether an open ticket of this enterprise is dispatched to this organisation or expert now (ASSIGNED or
     * IN_PROGRESS with it as assignee): while it is, the assignee may read the enterprise's contact data
     * (clause 5.4.1.2 b).
     */
    boolean dispatchedTo(AssigneeKind kind, long assigneeId, long enterpriseId);

    /** Whether this ticket is dispatched to this organisation or expert now (ASSIGNED or IN_PROGRESS). */
    boolean ticketDispatchedTo(long ticketId, AssigneeKind kind, long assigneeId);

    /**
     * The steps the ticket allows now by its place in the flow (Appendix A) for the user {@code username}
     * (who may not decide their own request for more time), in the order of the flow. Whether a caller may
     * take a step also depends on its {@link TicketStep.Party}.
     *
     * @throws org.esip.core.api.NotFoundException when no ticket has this id
     * @since 3.2
     */
    List<TicketStep> allowedSteps(long id, String username);

    /**
     * One work queue of the workbench, oldest first (what waits longest comes first); {@code username}
     * names the caller for {@link TicketQueue#MINE}.
     *
     * @since 3.2
     */
    Page<Ticket> queue(TicketQueue queue, String username, PageRequest page);

    /**
     * The figures of the tickets created from {@code from} to {@code to} (inclusive dates in Asia/Shanghai,
     * either {@code null} for open-ended) of enterprises whose region code starts with {@code regionPrefix}
     * ({@code null}: all).
     *
     * @since 3.2
     */
    TicketFigures figures(String regionPrefix, LocalDate from, LocalDate to);

    /** SUBMITTED → ACCEPTED. */
    Ticket accept(Actor actor, long id, long version, String remark);

    /**
     * SUBMITTED → ACCEPTED, setting the service domain it asks for ({@code null} keeps the one submitted).
     *
     * @throws org.esip.core.api.ValidationException on field {@code domain} for an unknown domain
     */
    Ticket accept(Actor actor, long id, long version, String remark, String domain);

    /** SUBMITTED → REJECTED, with the reason the enterprise is told (clause 5.1.2 b). */
    Ticket reject(Actor actor, long id, long version, String reason);

    /**
     * SUBMITTED → NEEDS_INFO, listing everything missing at once (一次性告知). A second request on the
     * same, unchanged submission is refused; after the enterprise supplies it, a new one is allowed.
     */
    Ticket requestInformation(Actor actor, long id, long version, List<String> missingItems);

    /** NEEDS_INFO → SUBMITTED: the enterprise supplies what was asked, as a new description. */
    Ticket supplyInformation(Actor actor, long id, long version, String description);

    /** ACCEPTED → ASSIGNED: to staff, an admitted organisation, a pooled expert or a department. */
    Ticket assign(Actor actor, long id, long version, Assignment assignment);

    /** The assignee signs for an assigned ticket (签收); only a signed ticket can start. */
    Ticket sign(Actor actor, long id, long version);

    /**
     * ASSIGNED → ACCEPTED: the assignee returns the ticket (退单) with a reason, for the platform to decide
     * (re-dispatch or serve it itself). A ticket returned or passed through too many handlers becomes a
     * problem ticket and is escalated.
     */
    Ticket giveBack(Actor actor, long id, long version, String reason);

    /** The service record of an organisation or expert (clause 6.3.3), from the tickets dispatched to it. */
    ServiceRecord recordOf(AssigneeKind kind, long assigneeId);

    /** Tickets assigned to one organisation or expert (what it sees and acts on), newest first. */
    default Page<Ticket> assignedTo(AssigneeKind kind, long assigneeId, PageRequest page) {
        return assignedTo(kind, assigneeId, null, page);
    }

    /** Tickets assigned to one organisation or expert, of one kind only ({@code null}: every kind), newest first. */
    Page<Ticket> assignedTo(AssigneeKind kind, long assigneeId, TicketKind ticketKind, PageRequest page);

    /** ASSIGNED (signed) → IN_PROGRESS: both sides docked, with the agreed scope and period. */
    Ticket start(Actor actor, long id, long version, String agreedScopeAndPeriod);

    /** IN_PROGRESS → RESOLVED, with the result and the fees charged in yuan ({@code null}: none recorded). */
    Ticket resolve(Actor actor, long id, long version, String result, BigDecimal fee);

    /**
     * A handler asks for more time: an extension (延期) or a deferral (缓办), with a reason. One request
     * at a time, while the ticket is being handled (ASSIGNED and signed for, or IN_PROGRESS).
     */
    Ticket requestTime(Actor actor, long id, long version, TimeRequest.Kind kind, int workingDays, String reason);

    /**
     * The platform approves or refuses the pending request; the requester cannot decide its own. An
     * approved extension moves the deadlines; an approved deferral pauses the clocks and moves them.
     */
    Ticket decideTime(Actor actor, long id, long version, boolean approve, String remark);

    /** After 不满意 or 非常不满意: records the correction (整改) made; the ticket can then close. */
    Ticket recordCorrection(Actor actor, long id, long version, String remark);

    /** Links two tickets that belong together (the same matter, a follow-up); both show the link. */
    Ticket link(Actor actor, long id, long otherId, String remark);

    /** The tickets linked to one, oldest first. */
    List<Ticket> linked(long id);

    /**
     * → MERGED: a duplicate goes into another open ticket of the same enterprise; it keeps its number and
     * points to the one it went into, whose timeline records it.
     */
    Ticket merge(Actor actor, long id, long version, long intoId, String remark);

    /**
     * Admitted organisations and pooled experts ranked for an accepted ticket by domain fit, region,
     * current load and their record (completion, timeliness, satisfaction); staff choose.
     */
    List<DispatchSuggestion> suggestAssignees(long id, int limit);

    /**
     * Uploads a file to an open ticket. PDF, images (PNG, JPEG) and office documents (Word, Excel,
     * PowerPoint, OpenDocument) are accepted, recognised by their content; size is limited by configuration.
     *
     * @throws org.esip.core.api.ValidationException on field {@code file}: empty, too large, or of a type
     *                                               not accepted or not what its name says
     */
    Attachment attach(Actor actor, long ticketId, String fileName, byte[] content);

    /** The files of a ticket, in upload order. */
    List<Attachment> attachments(long ticketId);

    /** One attachment's bytes, checked against its SHA-256. */
    byte[] attachmentContent(long ticketId, long attachmentId);

    /** One attachment's description. */
    Attachment attachment(long ticketId, long attachmentId);

    /** RESOLVED → FEEDBACK_SENT: the result told to the enterprise through {@code channel}. */
    Ticket sendFeedback(Actor actor, long id, long version, Channel channel, String remark);

    /** FEEDBACK_SENT → EVALUATED: one evaluation per service event. */
    Ticket evaluate(Actor actor, long id, long version, SatisfactionGrade grade, String comment);

    /** EVALUATED → CLOSED. */
    Ticket close(Actor actor, long id, long version, String remark);

    /** Records a revisit on a closed ticket (clause 5.4.2.2); refused when the enterprise declined revisits. */
    Ticket revisit(Actor actor, long id, String remark);

    /** The enterprise asks not to be revisited. */
    Ticket declineRevisits(Actor actor, long id);

    /** The whole timeline, oldest first. */
    List<TicketEvent> timeline(long id);

    /**
     * Finds the tickets whose deadline passed on {@code asOf} (a working day calendar date) and escalates
     * each exactly once: marks it overdue and records it in its timeline, also when several nodes share
     * one database and run this at the same moment.
     *
     * @return the tickets escalated now
     */
    List<Ticket> escalateOverdue(LocalDate asOf);

    /**
     * With {@code dryRun}: the tickets that would be escalated as of {@code asOf}, as a report only: nothing
     * is marked, recorded or sent. Without: {@link #escalateOverdue(java.time.LocalDate)}.
     */
    List<Ticket> escalateOverdue(LocalDate asOf, boolean dryRun);
}

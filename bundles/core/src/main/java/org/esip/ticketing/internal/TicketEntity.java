package org.esip.ticketing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Assignment;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.ComplaintTarget;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TimeRequest;

@Entity
@Table(name = "TICKET")
public class TicketEntity {
    /** Missing items are kept one per line. */
    static final String ITEM_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    TicketKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false, length = 20)
    Channel channel;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Column(name = "DESCRIPTION", nullable = false, length = 4000)
    String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    TicketStatus status = TicketStatus.SUBMITTED;

    @Column(name = "OWNER_NAME", length = 100)
    String owner;

    @Column(name = "SUBMITTED_BY", length = 100)
    String submittedBy;

    @Column(name = "IDEMPOTENCY_KEY", length = 100)
    String idempotencyKey;

    @Column(name = "SUBMISSION_REVISION", nullable = false)
    int submissionRevision;

    @Column(name = "INFO_REQUESTED_REVISION")
    Integer infoRequestedRevision;

    @Column(name = "MISSING_ITEMS", length = 2000)
    String missingItems;

    @Column(name = "REJECT_REASON", length = 1000)
    String rejectReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "ASSIGNEE_KIND", length = 20)
    AssigneeKind assigneeKind;

    @Column(name = "ASSIGNEE_ID")
    Long assigneeId;

    @Column(name = "ASSIGNEE_NAME", length = 200)
    String assigneeName;

    @Column(name = "ASSIGNMENT_REMARK", length = 500)
    String assignmentRemark;

    @Column(name = "RESULT_TEXT", length = 4000)
    String result;

    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", length = 30)
    SatisfactionGrade grade;

    @Column(name = "EVALUATION_COMMENT", length = 1000)
    String evaluationComment;

    @Column(name = "CORRECTION_NEEDED", nullable = false)
    boolean correctionNeeded;

    @Column(name = "REVISIT_DECLINED", nullable = false)
    boolean revisitDeclined;

    @Column(name = "ACCEPT_DUE")
    LocalDate acceptDue;

    @Column(name = "RESOLVE_DUE")
    LocalDate resolveDue;

    @Column(name = "OVERDUE", nullable = false)
    boolean overdue;

    /** Every stage escalated so far, as {@code ,ACCEPT,RESOLVE,}. */
    @Column(name = "ESCALATED_STAGES", length = 100)
    String escalatedStages;

    @Column(name = "SIGNED_AT")
    Instant signedAt;

    @Column(name = "RETURN_COUNT", nullable = false)
    int returnCount;

    @Column(name = "HANDLER_COUNT", nullable = false)
    int handlerCount;

    @Column(name = "PROBLEM", nullable = false)
    boolean problem;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_KIND", length = 20)
    ComplaintTarget.Kind targetKind;

    @Column(name = "TARGET_ID")
    Long targetId;

    @Column(name = "SERVICE_DOMAIN", length = 40)
    String domain;

    /** A service line's ticket category, e.g. policy.application; kept when the line is uninstalled. */
    @Column(name = "CATEGORY", length = 60)
    String category;

    @Column(name = "OFFER_DUE")
    LocalDate offerDue;

    @Column(name = "HANDLER_DUE")
    LocalDate handlerDue;

    @Column(name = "DEFERRED_UNTIL")
    LocalDate deferredUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "REQUEST_KIND", length = 10)
    TimeRequest.Kind requestKind;

    @Column(name = "REQUEST_DAYS")
    Integer requestDays;

    @Column(name = "REQUEST_REASON", length = 1000)
    String requestReason;

    @Column(name = "REQUESTED_BY", length = 100)
    String requestedBy;

    @Column(name = "REQUESTED_AT")
    Instant requestedAt;

    @Column(name = "FEE_YUAN", precision = 12, scale = 2)
    BigDecimal fee;

    @Column(name = "CORRECTION_DUE")
    LocalDate correctionDue;

    @Column(name = "CORRECTED_AT")
    Instant correctedAt;

    /*
     * The day, in Asia/Shanghai, each deadline stage last ended (the last accept, reject, sign and resolve step and
     * the correction), kept by the steps so that the figures compare it with the stage's deadline in the database
     * (see TicketFiguresQuery and V23__stage_days).
     */
    @Column(name = "ACCEPTED_ON")
    LocalDate acceptedOn;

    @Column(name = "REJECTED_ON")
    LocalDate rejectedOn;

    @Column(name = "SIGNED_ON")
    LocalDate signedOn;

    @Column(name = "RESOLVED_ON")
    LocalDate resolvedOn;

    @Column(name = "CORRECTED_ON")
    LocalDate correctedOn;

    @Column(name = "MERGED_INTO")
    Long mergedInto;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    /** Everything the enterprise supplied after being asked, as a JSON array; see {@link Supplements}. */
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "SUPPLEMENTS")
    String supplements;

    @Column(name = "APPOINTMENT_AT")
    Instant appointmentAt;

    @Column(name = "SERVICE_POINT_ID")
    Long servicePointId;

    /** SHA-256 of what an Idempotency-Key was first sent with. */
    @Column(name = "SUBMISSION_HASH", length = 64)
    String submissionHash;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    /** Notes that {@code action} was taken at {@code at}: a step that ends a deadline stage keeps its day. */
    void stepTaken(String action, Instant at) {
        LocalDate day = StageDays.day(at);
        switch (action) {
            case StageDays.ACCEPT -> acceptedOn = day;
            case StageDays.REJECT -> rejectedOn = day;
            case StageDays.SIGN -> signedOn = day;
            case StageDays.RESOLVE -> resolvedOn = day;
            default -> {
                // not the end of a deadline stage
            }
        }
    }

    /** The correction the evaluation asked for was made at {@code at}. */
    void corrected(Instant at) {
        correctedAt = at;
        correctedOn = StageDays.day(at);
    }

    Ticket toDto() {
        List<String> items = missingItems == null ? List.of() : Arrays.asList(missingItems.split(ITEM_SEPARATOR));
        Assignment assignment = assigneeKind == null ? null
                : new Assignment(assigneeKind, assigneeId, assigneeName, assignmentRemark);
        return new Ticket(id, enterpriseId, kind, channel, title, description, status, owner,
                status == TicketStatus.NEEDS_INFO ? items : List.of(), rejectReason, assignment, result, grade,
                evaluationComment, correctionNeeded, revisitDeclined, acceptDue, resolveDue, overdue, signedAt, returnCount, problem,
                targetKind == null ? null : new ComplaintTarget(targetKind, targetId), domain,
                status == TicketStatus.ASSIGNED && signedAt == null ? offerDue : null, handlerDue, deferredUntil,
                requestKind == null ? null : new TimeRequest(requestKind, requestDays, requestReason, requestedBy, requestedAt),
                fee, correctionDue, correctedAt, mergedInto, createdAt, version, category, Supplements.parse(supplements),
                appointmentAt, servicePointId);
    }
}

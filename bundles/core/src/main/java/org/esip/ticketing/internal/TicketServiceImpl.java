package org.esip.ticketing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.FileStore;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.internal.content.ContentStore;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.seam.AccountInbox;
import org.esip.core.internal.seam.ArchiveSeal;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.NoticeAlong;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.notification.api.NotificationService;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.StaffService;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Assignment;
import org.esip.ticketing.api.Attachment;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.DispatchSuggestion;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.ServiceRecord;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketEvent;
import org.esip.ticketing.api.TicketFigures;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketQueue;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketStep;
import org.esip.ticketing.api.TicketSubmission;
import org.esip.ticketing.api.TimeRequest;
import org.esip.ticketing.api.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The ticket service (Appendix A, clauses 5.4 and 6.1 a) as one component: it holds the settings of
 * {@code etc/org.esip.ticketing.cfg} and the references, builds the collaborators that do the work, one for each
 * part of the flow, and hands every call to the one it belongs to.
 */
@Component(service = TicketService.class, configurationPid = TicketingConfig.PID)
@Designate(ocd = TicketingConfig.class)
public class TicketServiceImpl implements TicketService {
    private final TicketDeadlines deadlines;
    private final TicketQueries queries;
    private final TicketIntake intake;
    private final TicketAcceptance acceptance;
    private final TicketDispatch dispatch;
    private final TimeRequests timeRequests;
    private final TicketCompletion completion;
    private final TicketLinks links;
    private final TicketAttachments attachments;
    private final OverdueEscalation escalation;
    private final ServiceRecords records;

    @Activate
    public TicketServiceImpl(@Reference Jpa jpa, @Reference OrganisationService organisations,
            @Reference ExpertService experts, @Reference StaffService staff, @Reference WorkingCalendar calendar,
            @Reference NotificationService notifications, @Reference ArchiveSeal ledger,
            @Reference ContentStore store, @Reference FileStore files,
            @Reference EnterpriseService enterprises, @Reference ServiceLineRegistry lines,
            @Reference AuditRecord audit, @Reference AccountInbox inbox, @Reference NoticeAlong along,
            TicketingConfig deadlines) {
        Clock clock = Clock.systemUTC();
        this.deadlines = new TicketDeadlines(deadlines, lines, clock);
        TicketTimeline timeline = new TicketTimeline(audit, clock);
        TicketNotices notices = new TicketNotices(notifications, inbox, along, this.deadlines);
        StepTransaction steps = new StepTransaction(jpa, timeline);
        StaffOffers offers = new StaffOffers(jpa, staff);
        this.queries = new TicketQueries(jpa, offers);
        this.records = new ServiceRecords(jpa);
        this.intake = new TicketIntake(jpa, staff, calendar, lines, this.deadlines, timeline, notices, clock);
        this.acceptance = new TicketAcceptance(calendar, this.deadlines, steps, notices, clock);
        this.dispatch = new TicketDispatch(jpa, organisations, experts, staff, enterprises, calendar, this.deadlines,
                steps, offers, notices, queries, records, clock);
        this.timeRequests = new TimeRequests(calendar, this.deadlines, steps, notices, clock);
        this.completion = new TicketCompletion(calendar, this.deadlines, steps, notices, queries, ledger, enterprises,
                clock);
        this.links = new TicketLinks(jpa, steps, timeline, queries, clock);
        this.attachments = new TicketAttachments(jpa, files, store, timeline, queries, clock);
        this.escalation = new OverdueEscalation(jpa, timeline, notices);
    }

    /**
     * An operator's edit of {@code etc/org.esip.ticketing.cfg} takes effect for the next step without
     * withdrawing the ticket service (and with it the REST API and every line that depends on it).
     */
    @Modified
    void modified(TicketingConfig changed) {
        deadlines.configure(changed);
    }

    @Override
    public Ticket submit(Actor actor, TicketSubmission s, String idempotencyKey) {
        return intake.submit(actor, s, idempotencyKey);
    }

    @Override
    public Ticket get(long id) {
        return queries.get(id);
    }

    @Override
    public Page<Ticket> list(Long enterpriseId, TicketStatus status, String owner, TicketKind kind, PageRequest page) {
        return queries.list(enterpriseId, status, owner, kind, page);
    }

    @Override
    public List<TicketStep> allowedSteps(long id, String username) {
        return queries.allowedSteps(id, username);
    }

    @Override
    public Page<Ticket> queue(TicketQueue queue, String username, PageRequest page) {
        return queries.queue(queue, username, page);
    }

    @Override
    public TicketFigures figures(String regionPrefix, LocalDate from, LocalDate to) {
        return queries.figures(regionPrefix, from, to);
    }

    @Override
    public List<TicketEvent> timeline(long id) {
        return queries.timeline(id);
    }

    @Override
    public Ticket accept(Actor actor, long id, long version, String remark) {
        return accept(actor, id, version, remark, null);
    }

    @Override
    public Ticket accept(Actor actor, long id, long version, String remark, String domain) {
        return acceptance.accept(actor, id, version, remark, domain);
    }

    @Override
    public Ticket reject(Actor actor, long id, long version, String reason) {
        return acceptance.reject(actor, id, version, reason);
    }

    @Override
    public Ticket requestInformation(Actor actor, long id, long version, List<String> missingItems) {
        return acceptance.requestInformation(actor, id, version, missingItems);
    }

    @Override
    public Ticket supplyInformation(Actor actor, long id, long version, String description) {
        return acceptance.supplyInformation(actor, id, version, description);
    }

    @Override
    public Ticket appoint(Actor actor, long id, long version, Instant appointmentAt, String remark) {
        return acceptance.appoint(actor, id, version, appointmentAt, remark);
    }

    @Override
    public Ticket assign(Actor actor, long id, long version, Assignment assignment) {
        return dispatch.assign(actor, id, version, assignment);
    }

    @Override
    public Ticket sign(Actor actor, long id, long version) {
        return dispatch.sign(actor, id, version);
    }

    @Override
    public Ticket giveBack(Actor actor, long id, long version, String reason) {
        return dispatch.giveBack(actor, id, version, reason);
    }

    @Override
    public Ticket start(Actor actor, long id, long version, String agreedScopeAndPeriod) {
        return dispatch.start(actor, id, version, agreedScopeAndPeriod);
    }

    @Override
    public boolean dispatchedTo(AssigneeKind kind, long assigneeId, long enterpriseId) {
        return dispatch.dispatchedTo(kind, assigneeId, enterpriseId);
    }

    @Override
    public boolean ticketDispatchedTo(long ticketId, AssigneeKind kind, long assigneeId) {
        return dispatch.ticketDispatchedTo(ticketId, kind, assigneeId);
    }

    @Override
    public Page<Ticket> assignedTo(AssigneeKind kind, long assigneeId, TicketKind ticketKind, PageRequest page) {
        return dispatch.assignedTo(kind, assigneeId, ticketKind, page);
    }

    @Override
    public List<DispatchSuggestion> suggestAssignees(long id, int limit) {
        return dispatch.suggestAssignees(id, limit);
    }

    @Override
    public ServiceRecord recordOf(AssigneeKind kind, long assigneeId) {
        return records.recordOf(kind, assigneeId);
    }

    @Override
    public Ticket requestTime(Actor actor, long id, long version, TimeRequest.Kind kind, int workingDays, String reason) {
        return timeRequests.requestTime(actor, id, version, kind, workingDays, reason);
    }

    @Override
    public Ticket decideTime(Actor actor, long id, long version, boolean approve, String remark) {
        return timeRequests.decideTime(actor, id, version, approve, remark);
    }

    @Override
    public Ticket resolve(Actor actor, long id, long version, String result, BigDecimal fee) {
        return completion.resolve(actor, id, version, result, fee);
    }

    @Override
    public Ticket sendFeedback(Actor actor, long id, long version, Channel channel, String remark) {
        return completion.sendFeedback(actor, id, version, channel, remark);
    }

    @Override
    public Ticket evaluate(Actor actor, long id, long version, SatisfactionGrade grade, String comment) {
        return completion.evaluate(actor, id, version, grade, comment);
    }

    @Override
    public Ticket recordCorrection(Actor actor, long id, long version, String remark) {
        return completion.recordCorrection(actor, id, version, remark);
    }

    @Override
    public Ticket close(Actor actor, long id, long version, String remark) {
        return completion.close(actor, id, version, remark);
    }

    @Override
    public Ticket revisit(Actor actor, long id, String remark) {
        return completion.revisit(actor, id, remark);
    }

    @Override
    public Ticket declineRevisits(Actor actor, long id) {
        return completion.declineRevisits(actor, id);
    }

    @Override
    public Ticket link(Actor actor, long id, long otherId, String remark) {
        return links.link(actor, id, otherId, remark);
    }

    @Override
    public List<Ticket> linked(long id) {
        return links.linked(id);
    }

    @Override
    public Ticket merge(Actor actor, long id, long version, long intoId, String remark) {
        return links.merge(actor, id, version, intoId, remark);
    }

    @Override
    public Attachment attach(Actor actor, long ticketId, String fileName, byte[] content) {
        return attachments.attach(actor, ticketId, fileName, content);
    }

    @Override
    public List<Attachment> attachments(long ticketId) {
        return attachments.attachments(ticketId);
    }

    @Override
    public Attachment attachment(long ticketId, long attachmentId) {
        return attachments.attachment(ticketId, attachmentId);
    }

    @Override
    public byte[] attachmentContent(long ticketId, long attachmentId) {
        return attachments.attachmentContent(ticketId, attachmentId);
    }

    @Override
    public List<Ticket> escalateOverdue(LocalDate asOf) {
        return escalateOverdue(asOf, false);
    }

    @Override
    public List<Ticket> escalateOverdue(LocalDate asOf, boolean dryRun) {
        return escalation.escalateOverdue(asOf, dryRun);
    }
}

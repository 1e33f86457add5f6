package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.ENTERPRISE;
import static org.esip.rest.internal.Roles.EXPERT;
import static org.esip.rest.internal.Roles.ORGANISATION;
import static org.esip.rest.internal.Roles.STAFF;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.archive.api.ArchiveFile;
import org.esip.archive.api.ArchiveService;
import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.Role;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Attachment;
import org.esip.ticketing.api.DispatchSuggestion;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketEvent;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketStep;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One ticket and its service flow (clause 5.4, Appendix A): staff move it along; the enterprise supplies what was
 * asked, evaluates, and follows the timeline of its own; the organisation or expert it is dispatched to handles it.
 */
@Path("/tickets/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = TicketFlowResource.class)
public class TicketFlowResource {
    private final TicketService tickets;
    private final ArchiveService archive;
    private final AuditService audit;

    @Activate
    public TicketFlowResource(@Reference TicketService tickets, @Reference ArchiveService archive,
            @Reference AuditService audit) {
        this.tickets = tickets;
        this.archive = archive;
        this.audit = audit;
    }

    /** The sealed archive file of a closed ticket (clause 6.4.1); 404 while it is open. */
    @GET
    @Path("archive")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE})
    public ArchiveFile archiveFile(@Context SecurityContext sc, @PathParam("id") String id) {
        Ticket t = tickets.get(Params.id(id));
        Access.orNotFound(sc, () -> Access.readEnterprise(sc, t.enterpriseId()), () -> Access.ticketNotFound(t.id()));
        return archive.fileOfTicket(t.id());
    }

    /** Records the appointment agreed with the enterprise (预约服务时间): staff, or the assignee. */
    @POST
    @Path("appointment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE, ORGANISATION, EXPERT})
    public Ticket appoint(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Appointment s) {
        Ticket t = tickets.get(Params.id(id));
        Actor actor = handleTicket(sc, t);
        long version = version(s);
        Params.requireAll("appointmentAt", s.appointmentAt());
        return tickets.appoint(actor, t.id(), version, s.appointmentAt(), s.remark());
    }

    @GET
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE, ORGANISATION, EXPERT})
    public Ticket get(@Context SecurityContext sc, @PathParam("id") String id) {
        Ticket t = tickets.get(Params.id(id));
        readTicket(sc, t);
        return t;
    }

    /** What the caller may do with the ticket now: the server's answer, which a page shows as buttons. */
    public record AllowedSteps(long ticketId, TicketStatus status, long version, List<String> allowedSteps) {
    }

    /**
     * The steps the ticket allows now that the caller may take ({@code POST /tickets/{id}/<step>}): the flow
     * of Appendix A decides which the ticket allows, the caller's role and assignment which of them are its own.
     */
    @GET
    @Path("steps")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE, ORGANISATION, EXPERT})
    public AllowedSteps steps(@Context SecurityContext sc, @PathParam("id") String id) {
        Ticket t = tickets.get(Params.id(id));
        Actor actor = readTicket(sc, t);
        List<String> mine = tickets.allowedSteps(t.id(), actor.username()).stream()
                .filter(step -> mayTake(actor, t, step.party())).map(TicketStep::path).toList();
        return new AllowedSteps(t.id(), t.status(), t.version(), mine);
    }

    /** The same rules as each step's resource method below (maintainer, changeEnterprise, handleTicket). */
    private static boolean mayTake(Actor actor, Ticket t, TicketStep.Party party) {
        if (Access.isMaintainer(actor)) {
            return true;
        }
        boolean ownEnterprise = actor.has(Role.ENTERPRISE) && actor.enterpriseId() != null
                && actor.enterpriseId() == t.enterpriseId();
        return switch (party) {
            case PLATFORM -> false;
            case ENTERPRISE -> ownEnterprise;
            case HANDLER -> isAssignee(actor, t);
            case PARTICIPANT -> ownEnterprise || isAssignee(actor, t);
        };
    }

    @GET
    @Path("timeline")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE, ORGANISATION, EXPERT})
    public List<TicketEvent> timeline(@Context SecurityContext sc, @PathParam("id") String id) {
        Ticket t = tickets.get(Params.id(id));
        readTicket(sc, t);
        return tickets.timeline(t.id());
    }

    /** Whether the caller is the organisation or expert a ticket is assigned to. */
    private static boolean isAssignee(Actor actor, Ticket t) {
        if (t.assignment() == null || t.assignment().id() == null) {
            return false;
        }
        long assignee = t.assignment().id();
        return t.assignment().kind() == AssigneeKind.ORGANISATION && actor.has(Role.ORGANISATION)
                && actor.organisationId() != null && actor.organisationId() == assignee
                || t.assignment().kind() == AssigneeKind.EXPERT && actor.has(Role.EXPERT)
                && actor.expertId() != null && actor.expertId() == assignee;
    }

    /** Reading a ticket: readers, its enterprise, or the organisation or expert it is assigned to. */
    private static Actor readTicket(SecurityContext sc, Ticket t) {
        Actor actor = Access.actor(sc);
        if (isAssignee(actor, t)) {
            return actor;
        }
        return Access.orNotFound(sc, () -> Access.readEnterprise(sc, t.enterpriseId()), () -> Access.ticketNotFound(t.id()));
    }

    /**
     * Handling an assigned ticket (sign, return, start, resolve): staff, or its assignee. Whoever may not even
     * read the ticket gets its 404 (ids are not probed); its own enterprise, which reads it, gets the 403. The
     * methods admit the enterprise role for that 404 ({@code @RolesAllowed}); an auditor, who handles nothing, is
     * refused there.
     */
    private static Actor handleTicket(SecurityContext sc, Ticket t) {
        Actor actor = Access.actor(sc);
        if (isAssignee(actor, t)) {
            return actor;
        }
        readTicket(sc, t);
        if (!Access.isMaintainer(actor)) {
            throw Access.forbidden();
        }
        return actor;
    }

    private static long version(StepBodies.Versioned step) {
        List<FieldViolation> errors = new ArrayList<>();
        Params.required("body", step, errors);
        Params.throwIfAny(errors);
        Params.required("version", step.version(), errors);
        Params.throwIfAny(errors);
        return step.version();
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket accept(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Accept s) {
        Actor actor = Access.actor(sc);
        return tickets.accept(actor, Params.id(id), version(s), s.remark(), s.domain());
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket reject(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Reject s) {
        Actor actor = Access.actor(sc);
        return tickets.reject(actor, Params.id(id), version(s), s.reason());
    }

    @POST
    @Path("request-info")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket requestInformation(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.RequestInformation s) {
        Actor actor = Access.actor(sc);
        return tickets.requestInformation(actor, Params.id(id), version(s), s.missingItems());
    }

    @POST
    @Path("supply-info")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE})
    public Ticket supplyInformation(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.SupplyInformation s) {
        Ticket t = tickets.get(Params.id(id));
        Actor actor = Access.orNotFound(sc, () -> Access.changeEnterprise(sc, t.enterpriseId()),
                () -> Access.ticketNotFound(t.id()));
        return tickets.supplyInformation(actor, t.id(), version(s), s.description());
    }

    @POST
    @Path("assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket assign(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Assign s) {
        Actor actor = Access.actor(sc);
        return tickets.assign(actor, Params.id(id), version(s), s.assignment());
    }

    /** The assignee signs for the ticket (签收). */
    @POST
    @Path("sign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE, ORGANISATION, EXPERT})
    public Ticket sign(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Sign s) {
        Ticket t = tickets.get(Params.id(id));
        return tickets.sign(handleTicket(sc, t), t.id(), version(s));
    }

    /** The assignee returns the ticket (退单) with a reason. */
    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE, ORGANISATION, EXPERT})
    public Ticket giveBack(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.GiveBack s) {
        Ticket t = tickets.get(Params.id(id));
        return tickets.giveBack(handleTicket(sc, t), t.id(), version(s), s.reason());
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE, ORGANISATION, EXPERT})
    public Ticket start(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Start s) {
        Ticket t = tickets.get(Params.id(id));
        return tickets.start(handleTicket(sc, t), t.id(), version(s), s.remark());
    }

    @POST
    @Path("resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE, ORGANISATION, EXPERT})
    public Ticket resolve(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Resolve s) {
        Ticket t = tickets.get(Params.id(id));
        return tickets.resolve(handleTicket(sc, t), t.id(), version(s), s.result(), s.fee());
    }

    @POST
    @Path("feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket feedback(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Feedback s) {
        Actor actor = Access.actor(sc);
        long version = version(s);
        Ticket t = tickets.get(Params.id(id));
        return tickets.sendFeedback(actor, t.id(), version, s.channel() == null ? t.channel() : s.channel(), s.remark());
    }

    /** The enterprise evaluates its own ticket, or staff record the evaluation it gave by phone. */
    @POST
    @Path("evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE})
    public Ticket evaluate(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Evaluate s) {
        Ticket t = tickets.get(Params.id(id));
        Actor actor = Access.orNotFound(sc, () -> Access.changeEnterprise(sc, t.enterpriseId()),
                () -> Access.ticketNotFound(t.id()));
        return tickets.evaluate(actor, t.id(), version(s), s.grade(), s.comment());
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket close(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Close s) {
        Actor actor = Access.actor(sc);
        return tickets.close(actor, Params.id(id), version(s), s.remark());
    }

    @POST
    @Path("revisits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket revisit(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Revisit s) {
        Actor actor = Access.actor(sc);
        List<FieldViolation> errors = new ArrayList<>();
        Params.required("body", s, errors);
        Params.throwIfAny(errors);
        return tickets.revisit(actor, Params.id(id), s.remark());
    }

    @POST
    @Path("decline-revisits")
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE})
    public Ticket declineRevisits(@Context SecurityContext sc, @PathParam("id") String id) {
        Ticket t = tickets.get(Params.id(id));
        Actor actor = Access.orNotFound(sc, () -> Access.changeEnterprise(sc, t.enterpriseId()),
                () -> Access.ticketNotFound(t.id()));
        return tickets.declineRevisits(actor, t.id());
    }

    /** The handler asks for more time: an extension (延期) or a deferral (缓办), with a reason. */
    @POST
    @Path("time-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE, ORGANISATION, EXPERT})
    public Ticket requestTime(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.RequestTime s) {
        Ticket t = tickets.get(Params.id(id));
        Actor actor = handleTicket(sc, t);
        long version = version(s);
        Params.requireAll("kind", s.kind(), "workingDays", s.workingDays());
        return tickets.requestTime(actor, t.id(), version, s.kind(), s.workingDays(), s.reason());
    }

    /** The platform approves ({@code approve: true}) or refuses the pending request for more time. */
    @POST
    @Path("time-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket decideTime(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.DecideTime s) {
        Actor actor = Access.actor(sc);
        long version = version(s);
        Params.requireAll("approve", s.approve());
        return tickets.decideTime(actor, Params.id(id), version, s.approve(), s.remark());
    }

    /** Records the correction (整改) after a low grade. */
    @POST
    @Path("correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE, ORGANISATION, EXPERT})
    public Ticket correction(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Correction s) {
        Ticket t = tickets.get(Params.id(id));
        return tickets.recordCorrection(handleTicket(sc, t), t.id(), version(s), s.remark());
    }

    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket link(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Link s) {
        Actor actor = Access.actor(sc);
        Params.requireAll("body", s);
        Params.requireAll("otherId", s.otherId());
        return tickets.link(actor, Params.id(id), s.otherId(), s.remark());
    }

    @GET
    @Path("links")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE, ORGANISATION, EXPERT})
    public List<Ticket> links(@Context SecurityContext sc, @PathParam("id") String id) {
        Ticket t = tickets.get(Params.id(id));
        readTicket(sc, t);
        Actor actor = Access.actor(sc);
        // An enterprise sees links to its own tickets only.
        return tickets.linked(t.id()).stream().filter(o -> !actor.has(Role.ENTERPRISE)
                || actor.enterpriseId() != null && o.enterpriseId() == actor.enterpriseId()).toList();
    }

    /** A duplicate goes into another ticket of the same enterprise; it keeps its number and points there. */
    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Ticket merge(@Context SecurityContext sc, @PathParam("id") String id, StepBodies.Merge s) {
        Actor actor = Access.actor(sc);
        long version = version(s);
        Params.requireAll("intoId", s.intoId());
        return tickets.merge(actor, Params.id(id), version, s.intoId(), s.remark());
    }

    /** Who could serve the ticket, ranked by domain, region, load and record; staff choose. */
    @GET
    @Path("suggestions")
    @RolesAllowed({ADMIN, STAFF, AUDITOR})
    public List<DispatchSuggestion> suggestions(@PathParam("id") String id, @QueryParam("limit") String limit) {
        Long n = Params.optionalLong("limit", limit);
        return tickets.suggestAssignees(Params.id(id), n == null ? 10 : (int) Math.min(n, 50));
    }

    /**
     * Uploads a file to the ticket: the raw bytes as the body, its name in {@code filename}. PDF, PNG,
     * JPEG and office documents only, recognised by their content, up to the configured size.
     */
    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE, ORGANISATION, EXPERT})
    public Response attach(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("filename") String filename, byte[] body) {
        Ticket t = tickets.get(Params.id(id));
        Actor actor = Access.actor(sc);
        if (!isAssignee(actor, t)) {
            if (actor.has(Role.ENTERPRISE)) {
                actor = Access.orNotFound(sc, () -> Access.changeEnterprise(sc, t.enterpriseId()),
                        () -> Access.ticketNotFound(t.id()));
            } else if (!Access.isMaintainer(actor)) {
                throw Access.forbidden();
            }
        }
        Attachment a = tickets.attach(actor, t.id(), filename, body);
        return Response.created(URI.create("tickets/" + t.id() + "/attachments/" + a.id())).entity(a).build();
    }

    @GET
    @Path("attachments")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE, ORGANISATION, EXPERT})
    public List<Attachment> attachments(@Context SecurityContext sc, @PathParam("id") String id) {
        Ticket t = tickets.get(Params.id(id));
        readAttachments(sc, t, "list");
        return tickets.attachments(t.id());
    }

    /**
     * Reading a ticket's files: readers and its enterprise; its organisation or expert only while the ticket is
     * dispatched to it (ASSIGNED or IN_PROGRESS, clause 5.4.1.2 b), each such read in the audit log.
     */
    private void readAttachments(SecurityContext sc, Ticket t, String what) {
        Actor actor = Access.actor(sc);
        if (isAssignee(actor, t)) {
            AssigneeKind kind = t.assignment().kind();
            long assignee = t.assignment().id();
            if (tickets.ticketDispatchedTo(t.id(), kind, assignee)) {
                audit.record(actor, "read-attachment", "ticket", String.valueOf(t.id()), kind + " " + assignee + " " + what);
                return;
            }
            throw Access.forbidden();
        }
        Access.orNotFound(sc, () -> Access.readEnterprise(sc, t.enterpriseId()), () -> Access.ticketNotFound(t.id()));
    }

    @GET
    @Path("attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE, ORGANISATION, EXPERT})
    public Response download(@Context SecurityContext sc, @PathParam("id") String id,
            @PathParam("attachmentId") String attachmentId) {
        Ticket t = tickets.get(Params.id(id));
        readAttachments(sc, t, "attachment " + attachmentId);
        Attachment a = tickets.attachment(t.id(), Params.id(attachmentId));
        byte[] content = tickets.attachmentContent(t.id(), a.id());
        String encoded = URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, a.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-SHA256", a.sha256()).build();
    }
}

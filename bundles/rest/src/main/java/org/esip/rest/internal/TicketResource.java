package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.ENTERPRISE;
import static org.esip.rest.internal.Roles.EXPERT;
import static org.esip.rest.internal.Roles.ORGANISATION;
import static org.esip.rest.internal.Roles.STAFF;

import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.ValidationException;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketQueue;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketSubmission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Enterprises' demands (clause 5.4, Appendix A): the enterprise submits online and staff take demands from every
 * channel; staff read them by work queue. One ticket and its service flow are {@link TicketFlowResource}'s, the
 * deadline check {@link EscalationResource}'s: the intake path asks CXF to match only its own operations (issue 16).
 */
@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = TicketResource.class)
public class TicketResource {
    private final TicketService tickets;

    @Activate
    public TicketResource(@Reference TicketService tickets) {
        this.tickets = tickets;
    }

    /**
     * Records a demand. An enterprise user submits for its own enterprise, online; staff take demands from
     * every channel. The same {@code Idempotency-Key} header returns the ticket made the first time.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE})
    public Response submit(@Context SecurityContext sc, @Context UriInfo uri,
            @HeaderParam("Idempotency-Key") String key, TicketSubmission submission) {
        Actor actor = Access.actor(sc);
        if (key != null && key.strip().startsWith("line:")) {
            // Keys of this form name a service line's record platform-wide (org.esip.line.kit.TicketKeys): a client
            // must not use one to reach a ticket a line made.
            throw new ValidationException(RestMessages.zh("request.invalid"),
                    RestMessages.en("request.invalid"), List.of(RestMessages.violation("Idempotency-Key",
                            "idempotency.reserved")));
        }
        TicketSubmission s = submission;
        if (actor.has(Role.ENTERPRISE)) {
            if (s != null && s.enterpriseId() != null) {
                Access.changeEnterprise(sc, s.enterpriseId());
            }
            // An enterprise submits online, for itself.
            s = s == null ? null : new TicketSubmission(actor.enterpriseId(), s.kind(), Channel.ONLINE, s.title(),
                    s.description(), s.against(), s.domain(), s.category(), s.appointmentAt(), s.servicePointId());
        }
        Ticket t = tickets.submit(actor, s, key);
        // An absolute location: CXF resolves a relative one with a URI builder, about 4% of a create (issue 16).
        String base = uri.getBaseUri().toString();
        return Response.created(URI.create(base + (base.endsWith("/") ? "" : "/") + "tickets/" + t.id())).entity(t)
                .build();
    }

    /**
     * Tickets, newest first. Staff, administrators and auditors may ask for one work queue instead
     * ({@code queue}: {@code new}, {@code mine}, {@code overdue}, {@code problem}, {@code waiting}; oldest
     * first, the other filters do not apply). Deep pages are read by cursor: {@code after} takes the {@code next} of
     * the page before. The total is counted up to 10 000 ({@code totalExact} false beyond) unless
     * {@code total=exact}.
     */
    @GET
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE, ORGANISATION, EXPERT})
    public Page<Ticket> list(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("status") String status, @QueryParam("owner") String owner, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("queue") String queue,
            @QueryParam("after") String after, @QueryParam("total") String total) {
        PageRequest pageRequest = Params.page(page, size, after, total);
        Long requested = Params.optionalLong("enterpriseId", enterpriseId);
        TicketKind k = Params.optionalEnum("kind", kind, TicketKind.class);
        Actor actor = Access.actor(sc);
        TicketQueue q = Params.optionalEnum("queue", queue, TicketQueue.class);
        if (q != null) {
            if (!Access.isReader(actor)) {
                throw Access.forbidden();
            }
            return tickets.queue(q, actor.username(), pageRequest);
        }
        if (actor.has(Role.ORGANISATION)) {
            // An organisation sees and acts on only the tickets dispatched to it.
            return tickets.assignedTo(AssigneeKind.ORGANISATION, actor.organisationId(), k, pageRequest);
        }
        if (actor.has(Role.EXPERT)) {
            return tickets.assignedTo(AssigneeKind.EXPERT, actor.expertId(), k, pageRequest);
        }
        if (actor.has(Role.ENTERPRISE)) {
            // An enterprise user sees its own enterprise's tickets only.
            requested = Access.readEnterprise(sc, requested == null ? actor.enterpriseId() : requested).enterpriseId();
        }
        return tickets.list(requested, Params.optionalEnum("status", status, TicketStatus.class), owner, k,
                pageRequest);
    }
}

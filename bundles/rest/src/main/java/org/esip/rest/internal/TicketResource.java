package org.esip.rest.internal;

import java.net.URI;

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

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.Role;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketSubmission;

/** Enterprises' demands (clause 5.1.1). */
@Path("/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {
    private final TicketService tickets;

    TicketResource(TicketService tickets) {
        this.tickets = tickets;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Context SecurityContext sc, TicketSubmission submission) {
        if (submission != null && submission.enterpriseId() != null) {
            Access.changeEnterprise(sc, submission.enterpriseId());
        } else {
            Access.actor(sc);
        }
        Ticket t = tickets.submit(submission);
        return Response.created(URI.create("tickets/" + t.id())).entity(t).build();
    }

    @GET
    public Page<Ticket> list(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Long requested = Params.optionalLong("enterpriseId", enterpriseId);
        Actor actor = Access.actor(sc);
        if (actor.has(Role.ENTERPRISE)) {
            // An enterprise user sees its own enterprise's tickets only.
            requested = Access.readEnterprise(sc, requested == null ? actor.enterpriseId() : requested).enterpriseId();
        } else {
            Access.reader(sc);
        }
        return tickets.list(requested, Params.page(page, size));
    }

    @GET
    @Path("{id}")
    public Ticket get(@Context SecurityContext sc, @PathParam("id") String id) {
        Ticket t = tickets.get(Params.id(id));
        Access.readEnterprise(sc, t.enterpriseId());
        return t;
    }
}

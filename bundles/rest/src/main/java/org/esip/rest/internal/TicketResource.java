package org.esip.rest.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.esip.core.api.Page;
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
    public Response submit(TicketSubmission submission) {
        Ticket t = tickets.submit(submission);
        return Response.created(URI.create("tickets/" + t.id())).entity(t).build();
    }

    @GET
    public Page<Ticket> list(@QueryParam("enterpriseId") String enterpriseId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return tickets.list(Params.optionalLong("enterpriseId", enterpriseId), Params.page(page, size));
    }

    @GET
    @Path("{id}")
    public Ticket get(@PathParam("id") String id) {
        return tickets.get(Params.id(id));
    }
}

package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.EXPERT;
import static org.esip.rest.internal.Roles.STAFF;

import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertQuery;
import org.esip.provider.api.ExpertRegistration;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.StatusChange;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.ServiceRecord;
import org.esip.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The expert pool (clause 6.2.2). */
@Path("/experts")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = ExpertResource.class)
public class ExpertResource {
    private final ExpertService experts;
    private final TicketService tickets;

    @Activate
    public ExpertResource(@Reference ExpertService experts, @Reference TicketService tickets) {
        this.experts = experts;
        this.tickets = tickets;
    }

    /** The expert's service record (clause 6.3.3), as an organisation's: readers, or the expert itself. */
    @GET
    @Path("{id}/record")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, EXPERT})
    public ServiceRecord record(@Context SecurityContext sc, @PathParam("id") String id) {
        long expertId = Params.id(id);
        Access.readExpert(sc, expertId);
        experts.get(expertId);
        return tickets.recordOf(AssigneeKind.EXPERT, expertId);
    }

    /** The body of a pool entry or exit. */
    public record PoolChange(Long version, String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Response register(@Context SecurityContext sc, ExpertRegistration registration) {
        Expert e = experts.register(Access.actor(sc), registration);
        return Response.created(URI.create("experts/" + e.id())).entity(e).build();
    }

    /** An expert's list is its own entry; readers search the pool. */
    @GET
    @RolesAllowed({ADMIN, STAFF, AUDITOR, EXPERT})
    public Page<Expert> search(@Context SecurityContext sc, @QueryParam("q") String text,
            @QueryParam("domain") String domain, @QueryParam("senior") String senior,
            @QueryParam("volunteer") String volunteer, @QueryParam("inPool") String inPool, @QueryParam("tag") String tag,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("total") String total) {
        Actor actor = Access.actor(sc);
        PageRequest p = Params.page(page, size, null, total);
        if (actor.has(Role.EXPERT)) {
            Expert own = experts.get(actor.expertId());
            return new Page<>(p.page() == 0 ? List.of(own) : List.of(), p.page(), p.size(), 1);
        }
        return experts.search(new ExpertQuery(text, Params.optionalEnum("domain", domain, ServiceDomain.class),
                Params.optionalBoolean("senior", senior), Params.optionalBoolean("volunteer", volunteer),
                Params.optionalBoolean("inPool", inPool), tag, sort), p);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, EXPERT})
    public Expert get(@Context SecurityContext sc, @PathParam("id") String id) {
        long expertId = Params.id(id);
        Access.readExpert(sc, expertId);
        return experts.get(expertId);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Expert update(@Context SecurityContext sc, @PathParam("id") String id, ExpertRegistration update) {
        return experts.update(Access.actor(sc), Params.id(id), update);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, EXPERT})
    public List<StatusChange> history(@Context SecurityContext sc, @PathParam("id") String id) {
        long expertId = Params.id(id);
        Access.readExpert(sc, expertId);
        return experts.history(expertId);
    }

    @POST
    @Path("{id}/pool/enter")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Expert enter(@Context SecurityContext sc, @PathParam("id") String id, PoolChange change) {
        Actor actor = Access.actor(sc);
        return experts.enterPool(actor, Params.id(id), OrganisationResource.version(change), change.reason());
    }

    @POST
    @Path("{id}/pool/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Expert leave(@Context SecurityContext sc, @PathParam("id") String id, PoolChange change) {
        Actor actor = Access.actor(sc);
        return experts.leavePool(actor, Params.id(id), OrganisationResource.version(change), change.reason());
    }
}

package org.esip.rest.internal;

import java.net.URI;
import java.util.List;

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
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.EnterpriseUpdate;

/** The enterprise registry (service objects, clause 4.4.2). */
@Path("/enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {
    private final EnterpriseService enterprises;

    EnterpriseResource(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Context SecurityContext sc, EnterpriseRegistration registration) {
        Access.maintainer(sc);
        Enterprise e = enterprises.register(registration);
        return Response.created(URI.create("enterprises/" + e.id())).entity(e).build();
    }

    @GET
    public Page<Enterprise> list(@Context SecurityContext sc, @QueryParam("q") String nameContains,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Actor actor = Access.actor(sc);
        if (actor.has(Role.ENTERPRISE)) {
            // An enterprise user's list is its own enterprise.
            Enterprise own = enterprises.get(actor.enterpriseId());
            PageRequest p = Params.page(page, size);
            return new Page<>(p.page() == 0 ? List.of(own) : List.of(), p.page(), p.size(), 1);
        }
        Access.reader(sc);
        return enterprises.list(nameContains, Params.page(page, size));
    }

    @GET
    @Path("{id}")
    public Enterprise get(@Context SecurityContext sc, @PathParam("id") String id) {
        long enterpriseId = Params.id(id);
        Access.readEnterprise(sc, enterpriseId);
        return enterprises.get(enterpriseId);
    }

    /** Changes the record if it is still at the {@code version} the body names; 409 otherwise. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Enterprise update(@Context SecurityContext sc, @PathParam("id") String id, EnterpriseUpdate update) {
        long enterpriseId = Params.id(id);
        Access.changeEnterprise(sc, enterpriseId);
        return enterprises.update(enterpriseId, update);
    }
}

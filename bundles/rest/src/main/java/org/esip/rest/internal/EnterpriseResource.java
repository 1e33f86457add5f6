package org.esip.rest.internal;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.esip.core.api.Page;
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
    public Response register(EnterpriseRegistration registration) {
        Enterprise e = enterprises.register(registration);
        return Response.created(URI.create("enterprises/" + e.id())).entity(e).build();
    }

    @GET
    public Page<Enterprise> list(@QueryParam("q") String nameContains, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return enterprises.list(nameContains, Params.page(page, size));
    }

    @GET
    @Path("{id}")
    public Enterprise get(@PathParam("id") String id) {
        return enterprises.get(Params.id(id));
    }

    /** Changes the record if it is still at the {@code version} the body names; 409 otherwise. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Enterprise update(@PathParam("id") String id, EnterpriseUpdate update) {
        return enterprises.update(Params.id(id), update);
    }
}

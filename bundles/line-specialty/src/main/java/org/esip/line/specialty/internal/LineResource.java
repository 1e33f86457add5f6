package org.esip.line.specialty.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.PublicInformation;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.specialty.api.SpecialtyDefinition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The REST resource of one defined line, under {@code /api/v1/lines/<id>/}: its definition (public, what the
 * generic form page draws), and its requests: {@code POST /requests} submits an item's form, {@code GET /requests}
 * and {@code GET /requests/{id}} read them (enterprise users only their own).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class LineResource {
    private final SpecialtyDefinition definition;
    private final SpecialtyRequests requests;

    LineResource(SpecialtyDefinition definition, SpecialtyRequests requests) {
        this.definition = definition;
        this.requests = requests;
    }

    @GET
    @Path("definition")
    @PublicInformation
    public SpecialtyDefinition definition() {
        return definition;
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JsonNode body, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context SecurityContext security) {
        SpecialtyRequests.RequestView v = requests.submit(LineAccess.caller(security.getUserPrincipal()), definition,
                body, idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    @GET
    @Path("requests")
    public List<SpecialtyRequests.RequestView> list(@QueryParam("enterpriseId") String enterpriseId,
            @Context SecurityContext security) {
        return requests.list(LineAccess.caller(security.getUserPrincipal()), definition.id(),
                RequestParams.optionalLong("enterpriseId", enterpriseId));
    }

    @GET
    @Path("requests/{id}")
    public SpecialtyRequests.RequestView get(@PathParam("id") String id, @Context SecurityContext security) {
        return requests.get(LineAccess.caller(security.getUserPrincipal()), definition.id(), RequestParams.id(id));
    }
}

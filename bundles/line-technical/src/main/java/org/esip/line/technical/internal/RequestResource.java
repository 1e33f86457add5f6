package org.esip.line.technical.internal;


import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.Page;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.technical.api.RequestKind;
import org.esip.line.technical.api.ServiceRequest;

/** {@code /api/v1/lines/technical/requests}: see {@link ExpertResource}. */
@Path("/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {
    private final Requests requests;

    RequestResource(Requests requests) {
        this.requests = requests;
    }

    @GET
        public Page<ServiceRequest> list(@Context SecurityContext sc, @QueryParam("kind") String kind,
            @QueryParam("enterpriseId") String enterpriseId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return requests.list(LineAccess.caller(sc.getUserPrincipal()),
                RequestParams.optionalEnum(RequestKind.class, "kind", kind),
                RequestParams.optionalLong("enterpriseId", enterpriseId), RequestParams.page(page, size));
    }

    @GET
    @Path("{id}")
    public ServiceRequest get(@Context SecurityContext sc, @PathParam("id") String id) {
        return requests.get(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id));
    }

}

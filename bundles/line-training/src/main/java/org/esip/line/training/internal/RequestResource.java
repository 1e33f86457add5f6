package org.esip.line.training.internal;

import java.net.URI;
import java.util.List;

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

import org.esip.core.api.Actor;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.training.api.TrainingRequest;

/** Requests for training at an enterprise at {@code /api/v1/lines/training/requests} (tickets {@code training.request}). */
@Path("/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {
    private final Requests requests;

    RequestResource(Requests requests) {
        this.requests = requests;
    }


    /** 送培训进企业: a request handled through the closed loop (a retry with the same Idempotency-Key is answered once). */
    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@Context SecurityContext sc, @HeaderParam("Idempotency-Key") String key,
            Drafts.RequestDraft body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        long enterprise = LineAccess.actingEnterprise(a, body == null ? null : body.enterpriseId(), "enterpriseId");
        TrainingRequest r = requests.submit(a, enterprise, body, key);
        return Response.created(URI.create("requests/" + r.id())).entity(r).build();
    }

    @GET
        public List<TrainingRequest> requests(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        return requests.list(LineAccess.enterpriseFilter(a, RequestParams.optionalLong("enterpriseId", enterpriseId)));
    }
}

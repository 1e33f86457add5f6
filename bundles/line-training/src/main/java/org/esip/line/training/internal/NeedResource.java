package org.esip.line.training.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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
import org.esip.line.training.api.TrainingNeed;
import org.esip.line.training.api.TrainingTopic;

/** Training needs at {@code /api/v1/lines/training/needs}: what enterprises want to learn, counted for planning. */
@Path("/needs")
@Produces(MediaType.APPLICATION_JSON)
public class NeedResource {
    private final Outcomes outcomes;

    NeedResource(Outcomes outcomes) {
        this.outcomes = outcomes;
    }


    /** An enterprise states what it wants to learn (staff record it on its behalf). */
    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    public Response addNeed(@Context SecurityContext sc, Drafts.NeedDraft body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        long enterprise = LineAccess.actingEnterprise(a, body == null ? null : body.enterpriseId(), "enterpriseId");
        TrainingNeed n = outcomes.addNeed(a, enterprise, body);
        return Response.created(URI.create("needs/" + n.id())).entity(n).build();
    }

    @GET
        public List<TrainingNeed> needs(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("topic") String topic, @QueryParam("region") String region) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        Long enterprise = LineAccess.enterpriseFilter(a, RequestParams.optionalLong("enterpriseId", enterpriseId));
        return outcomes.needs(enterprise, RequestParams.optionalEnum(TrainingTopic.class, "topic", topic),
                region(region));
    }

    /** Needs counted by topic and region (staff, when planning sessions). */
    @GET
    @Path("summary")
    public Map<String, Map<String, Long>> needSummary(@Context SecurityContext sc, @QueryParam("region") String region) {
        LineAccess.reader(sc.getUserPrincipal());
        return outcomes.needSummary(region(region));
    }

    private static String region(String region) {
        String r = Parse.text(region);
        if (r != null && !r.matches("\\d{2,12}")) {
            throw TrainingTexts.TEXTS.invalid("region", "training.region-code");
        }
        return r;
    }
}

package org.esip.line.technical.internal;


import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.esip.line.technical.api.Introduction;
import org.esip.line.technical.api.IntroductionStatus;

/** {@code /api/v1/lines/technical/introductions}: see {@link ProjectResource}. */
@Path("/introductions")
@Produces(MediaType.APPLICATION_JSON)
public class IntroductionResource {
    private final Projects projects;

    IntroductionResource(Projects projects) {
        this.projects = projects;
    }

    @GET
        public Page<Introduction> introductions(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("projectId") String projectId, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return projects.introductions(LineAccess.caller(sc.getUserPrincipal()),
                RequestParams.optionalLong("enterpriseId", enterpriseId), RequestParams.optionalLong("projectId", projectId),
                RequestParams.optionalEnum(IntroductionStatus.class, "status", status), RequestParams.page(page, size));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Introduction advance(@Context SecurityContext sc, @PathParam("id") String id, ProjectResource.AdvanceBody body) {
        var a = LineAccess.maintainer(sc.getUserPrincipal());
        ProjectResource.AdvanceBody b = body == null ? new ProjectResource.AdvanceBody(null, null, null) : body;
        return projects.advance(a, RequestParams.id(id), b.version(),
                RequestParams.optionalEnum(IntroductionStatus.class, "status", b.status()), b.outcome());
    }

}

package org.esip.line.technical.internal;

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

import org.esip.core.api.Page;
import org.esip.core.api.PublicInformation;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.technical.api.Introduction;
import org.esip.line.technical.api.Project;
import org.esip.line.technical.api.ProjectDraft;
import org.esip.line.technical.api.ProjectKind;
import org.esip.line.technical.api.ProjectMatch;

/**
 * {@code /api/v1/lines/technical/projects} and {@code /introductions}: the project library of new products and
 * technologies (clause 5.2.4.2), the matches for an enterprise, its interest and the introductions staff follow.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {
    private final Projects projects;

    ProjectResource(Projects projects) {
        this.projects = projects;
    }

    /** An enterprise's interest in a project. */
    public record InterestBody(Long enterpriseId, String message) {
    }

    /** A step of an introduction. */
    public record AdvanceBody(Long version, String status, String outcome) {
    }

    @GET
    @PublicInformation
    public Page<Project> search(@QueryParam("q") String q, @QueryParam("industry") String industry,
            @QueryParam("tag") String tag, @QueryParam("kind") String kind, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return projects.search(q, industry, tag, RequestParams.optionalEnum(ProjectKind.class, "kind", kind),
                RequestParams.page(page, size));
    }

    @GET
    @Path("matches")
    public List<ProjectMatch> matches(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("limit") String limit) {
        Integer n = RequestParams.optionalInt("limit", limit);
        if (n != null && (n < 1 || n > 100)) {
            throw Technical.TEXTS.invalid("limit", "field.out-of-range", 1, 100);
        }
        return projects.matches(LineAccess.caller(sc.getUserPrincipal()),
                RequestParams.optionalLong("enterpriseId", enterpriseId), n == null ? 20 : n);
    }

    @GET
    @Path("{id}")
    @PublicInformation
    public Project get(@PathParam("id") String id) {
        return projects.get(RequestParams.id(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, ProjectDraft draft) {
        Project p = projects.create(LineAccess.caller(sc.getUserPrincipal()), draft);
        return Response.created(URI.create("projects/" + p.id())).entity(p).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Project update(@Context SecurityContext sc, @PathParam("id") String id, ProjectDraft draft) {
        return projects.update(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id), draft);
    }

    @POST
    @Path("{id}/interest")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response interest(@Context SecurityContext sc, @PathParam("id") String id, InterestBody body) {
        InterestBody b = body == null ? new InterestBody(null, null) : body;
        Introduction i = projects.interest(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id),
                b.enterpriseId(), b.message());
        return Response.created(URI.create("introductions/" + i.id())).entity(i).build();
    }}

package org.esip.line.consulting.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

import org.esip.core.api.Actor;
import org.esip.core.api.TableFormat;
import org.esip.line.consulting.api.ConsultingService;
import org.esip.line.consulting.api.Posting;
import org.esip.line.consulting.api.PostingKind;
import org.esip.line.consulting.api.PostingType;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;

/**
 * The consulting line under {@code /api/v1/lines/consulting/} (clause 5.2.5): services and requests, postings
 * and their matches, introductions, events, import and export.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/")
public class ConsultingResource {
    private final Consulting consulting;
    private final PostingTable table;

    ConsultingResource(Consulting consulting, PostingTable table) {
        this.consulting = consulting;
        this.table = table;
    }

    private static Actor caller(SecurityContext sc) {
        return LineAccess.caller(sc == null ? null : sc.getUserPrincipal());
    }

    /** The consulting services offered (public). */
    public record ServiceInfo(String code, String nameZh, String nameEn) {
    }

    @GET
    @Path("services")
    public List<ServiceInfo> services() {
        return Arrays.stream(ConsultingService.values()).map(s -> new ServiceInfo(s.name(), s.zh(), s.en())).toList();
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@Context SecurityContext sc, Consulting.RequestDraft body) {
        Consulting.Request r = consulting.request(caller(sc), body);
        return Response.created(URI.create("requests/" + r.id())).entity(r).build();
    }

    @GET
    @Path("requests")
    public List<Consulting.Request> requests(@Context SecurityContext sc, @QueryParam("enterpriseId") String e) {
        return consulting.requests(caller(sc), RequestParams.optionalLong("enterpriseId", e));
    }

    @GET
    @Path("requests/{id}")
    public Consulting.Request requestById(@Context SecurityContext sc, @PathParam("id") String id) {
        return consulting.requestById(caller(sc), RequestParams.id(id));
    }

    @POST
    @Path("postings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@Context SecurityContext sc, Consulting.PostingDraft body) {
        Posting p = consulting.post(caller(sc), body);
        return Response.created(URI.create("postings/" + p.id())).entity(p).build();
    }

    /** Open supplies and demands, for every signed-in user (the market place); {@code closed=true} adds closed ones. */
    @GET
    @Path("postings")
    public List<Posting> postings(@Context SecurityContext sc,
            @QueryParam("kind") String kind, @QueryParam("type") String type,
            @QueryParam("enterpriseId") String e, @QueryParam("organisationId") String o,
            @QueryParam("closed") String closed) {
        caller(sc);
        return consulting.postings(RequestParams.optionalEnum(PostingKind.class, "kind", kind),
                RequestParams.optionalEnum(PostingType.class, "type", type), RequestParams.optionalLong("enterpriseId", e),
                RequestParams.optionalLong("organisationId", o), "true".equalsIgnoreCase(closed), 500);
    }

    @GET
    @Path("postings/export")
    @Produces("text/csv")
    public Response export(@Context SecurityContext sc, @QueryParam("kind") String kind, @QueryParam("type") String type) {
        if (!LineAccess.isReader(caller(sc))) {
            throw LineAccess.forbidden();
        }
        byte[] csv = PostingTable.csv(consulting.postings(RequestParams.optionalEnum(PostingKind.class, "kind", kind),
                RequestParams.optionalEnum(PostingType.class, "type", type), null, null, true, 100_000));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"consulting-postings.csv\"").build();
    }

    /** Staff import their lists: CSV or XLSX as the body; 200 with the report, 422 when any row was rejected. */
    @POST
    @Path("postings/import")
    @Consumes({"text/csv", "application/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response importPostings(@Context SecurityContext sc, @HeaderParam("Content-Type") String type,
            @QueryParam("dryRun") String dryRun, byte[] body) {
        LineAccess.maintainer(sc == null ? null : sc.getUserPrincipal());
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        PostingTable.Report r = table.importTable(body, t.contains("spreadsheetml") ? TableFormat.XLSX : TableFormat.CSV,
                "true".equalsIgnoreCase(dryRun));
        return Response.status(r.errors().isEmpty() ? 200 : 422).entity(r).build();
    }

    @GET
    @Path("postings/{id}")
    public Posting posting(@Context SecurityContext sc, @PathParam("id") String id) {
        caller(sc);
        return consulting.posting(RequestParams.id(id));
    }

    public record VersionBody(Long version) {
    }

    @POST
    @Path("postings/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Posting close(@Context SecurityContext sc, @PathParam("id") String id,
            VersionBody body) {
        return consulting.close(caller(sc), RequestParams.id(id), body == null ? null : body.version());
    }

    /** The explained two-way match: a supply's demands or a demand's supplies, best first, each with reasons. */
    @GET
    @Path("postings/{id}/matches")
    public List<Consulting.Proposal> matches(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("limit") String limit) {
        caller(sc);
        Integer n = RequestParams.optionalInt("limit", limit);
        return consulting.matches(RequestParams.id(id), n == null ? 20 : n);
    }

    @POST
    @Path("introductions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response introduce(@Context SecurityContext sc, Consulting.IntroductionDraft body) {
        Consulting.Introduction i = consulting.introduce(caller(sc), body);
        return Response.created(URI.create("introductions/" + i.id())).entity(i).build();
    }

    @GET
    @Path("introductions")
    public List<Consulting.Introduction> introductions(@Context SecurityContext sc, @QueryParam("eventId") String e) {
        return consulting.introductions(caller(sc), RequestParams.optionalLong("eventId", e));
    }

    @POST
    @Path("introductions/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public Consulting.Introduction outcome(@Context SecurityContext sc, @PathParam("id") String id,
            Consulting.OutcomeDraft body) {
        return consulting.decide(caller(sc), RequestParams.id(id), body);
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createEvent(@Context SecurityContext sc, Consulting.EventDraft body) {
        Consulting.Event e = consulting.createEvent(caller(sc), body);
        return Response.created(URI.create("events/" + e.id())).entity(e).build();
    }

    @GET
    @Path("events")
    public List<Consulting.Event> events(@Context SecurityContext sc) {
        caller(sc);
        return consulting.events();
    }

    @GET
    @Path("events/{id}")
    public Consulting.Event event(@Context SecurityContext sc, @PathParam("id") String id) {
        caller(sc);
        return consulting.event(RequestParams.id(id));
    }

    public record SignupBody(Long enterpriseId, Long organisationId) {
    }

    @POST
    @Path("events/{id}/signups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Consulting.Event signUp(@Context SecurityContext sc, @PathParam("id") String id, SignupBody body) {
        return consulting.signUp(caller(sc), RequestParams.id(id), body == null ? null : body.enterpriseId(),
                body == null ? null : body.organisationId());
    }
}

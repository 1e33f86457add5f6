package org.esip.line.outreach.internal;

import static org.esip.line.outreach.internal.OutreachTexts.TEXTS;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

import org.esip.core.api.Actor;
import org.esip.core.api.TableFormat;
import org.esip.core.api.ValidationException;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.outreach.api.Campaign;
import org.esip.line.outreach.api.CampaignResults;
import org.esip.line.outreach.api.OutreachService;
import org.esip.line.outreach.api.Target;
import org.esip.line.outreach.api.TargetConditions;
import org.esip.line.outreach.api.Visit;
import org.esip.line.outreach.api.VisitPlan;

/**
 * The outreach line at {@code /api/v1/lines/outreach/}: staff keep campaigns, plans and visits; auditors read;
 * an enterprise user sees the visits to its own enterprise ({@code GET /visits}).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OutreachResource {
    private final OutreachServiceImpl outreach;

    OutreachResource(OutreachServiceImpl outreach) {
        this.outreach = outreach;
    }

    /** A new campaign: dates as {@code 2026-12-03}. */
    public record CampaignBody(String theme, String description, String startsOn, String endsOn, String regionPrefix,
            String industryPrefix, String size, String tag, List<Long> staffIds, List<Long> organisationIds,
            List<Long> expertIds, List<Long> servicePointIds) {
    }

    /** A new visit plan. */
    public record PlanBody(Long enterpriseId, String plannedOn, List<Long> visitorIds, Long servicePointId) {
    }

    /** A visit record with the demands collected. */
    public record VisitBody(Long planId, Long enterpriseId, String visitedOn, List<Long> visitorIds, Long servicePointId,
            String findings, List<OutreachService.DemandDraft> demands) {
    }

    @GET
    @Path("campaigns")
    public List<Campaign> campaigns(@Context SecurityContext sc) {
        LineAccess.reader(sc.getUserPrincipal());
        return outreach.list();
    }

    @POST
    @Path("campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, CampaignBody b) {
        Actor a = LineAccess.maintainer(sc.getUserPrincipal());
        CampaignBody body = b == null ? new CampaignBody(null, null, null, null, null, null, null, null, null, null,
                null, null) : b;
        FieldChecks checks = new FieldChecks(TEXTS);
        LocalDate starts = date(checks, "startsOn", body.startsOn());
        LocalDate ends = date(checks, "endsOn", body.endsOn());
        Campaign c = outreach.create(a, new OutreachService.CampaignDraft(body.theme(), body.description(), starts, ends,
                new TargetConditions(body.regionPrefix(), body.industryPrefix(), body.size(), body.tag()),
                body.staffIds(), body.organisationIds(), body.expertIds(), body.servicePointIds()), checks);
        return Response.created(URI.create("campaigns/" + c.id())).entity(c).build();
    }

    @GET
    @Path("campaigns/{id}")
    public Campaign campaign(@Context SecurityContext sc, @PathParam("id") String id) {
        LineAccess.reader(sc.getUserPrincipal());
        return outreach.get(RequestParams.id(id));
    }

    @GET
    @Path("campaigns/{id}/targets")
    public List<Target> targets(@Context SecurityContext sc, @PathParam("id") String id) {
        LineAccess.reader(sc.getUserPrincipal());
        return outreach.targets(RequestParams.id(id));
    }

    @GET
    @Path("campaigns/{id}/plans")
    public List<VisitPlan> plans(@Context SecurityContext sc, @PathParam("id") String id) {
        LineAccess.reader(sc.getUserPrincipal());
        return outreach.plans(RequestParams.id(id));
    }

    @POST
    @Path("campaigns/{id}/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(@Context SecurityContext sc, @PathParam("id") String id, PlanBody b) {
        Actor a = LineAccess.maintainer(sc.getUserPrincipal());
        PlanBody body = b == null ? new PlanBody(null, null, null, null) : b;
        FieldChecks checks = new FieldChecks(TEXTS);
        LocalDate planned = date(checks, "plannedOn", body.plannedOn());
        VisitPlan p = outreach.plan(a, RequestParams.id(id), new OutreachService.PlanDraft(body.enterpriseId(), planned,
                body.visitorIds(), body.servicePointId()), checks);
        return Response.created(URI.create("campaigns/" + p.campaignId() + "/plans/" + p.id())).entity(p).build();
    }

    /** Visit plans from CSV or XLSX (the file as the body); all or nothing; {@code dryRun=true} only checks. */
    @POST
    @Path("campaigns/{id}/plans/import")
    @Consumes({"text/csv", "application/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public OutreachService.ImportResult importPlans(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam("Content-Type") String type, @QueryParam("dryRun") String dryRun, byte[] body) {
        Actor a = LineAccess.maintainer(sc.getUserPrincipal());
        TableFormat format = TableFormat.of(type);
        if (format == null) {
            throw TEXTS.invalid("file", "outreach.import.format");
        }
        return outreach.importPlans(a, RequestParams.id(id), body, format, "true".equalsIgnoreCase(dryRun));
    }

    @GET
    @Path("campaigns/{id}/visits")
    public List<Visit> visits(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("enterpriseId") String enterpriseId) {
        LineAccess.reader(sc.getUserPrincipal());
        return outreach.visits(RequestParams.id(id), RequestParams.optionalLong("enterpriseId", enterpriseId));
    }

    @POST
    @Path("campaigns/{id}/visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response visit(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key, VisitBody b) {
        Actor a = LineAccess.maintainer(sc.getUserPrincipal());
        VisitBody body = b == null ? new VisitBody(null, null, null, null, null, null, null) : b;
        FieldChecks checks = new FieldChecks(TEXTS);
        LocalDate visited = date(checks, "visitedOn", body.visitedOn());
        Visit v = outreach.recordVisit(a, RequestParams.id(id), new OutreachService.VisitDraft(body.planId(),
                body.enterpriseId(), visited, body.visitorIds(), body.servicePointId(), body.findings(), body.demands()),
                checks, key);
        return Response.created(URI.create("campaigns/" + v.campaignId() + "/visits/" + v.id())).entity(v).build();
    }

    @GET
    @Path("campaigns/{id}/results")
    public CampaignResults results(@Context SecurityContext sc, @PathParam("id") String id) {
        LineAccess.reader(sc.getUserPrincipal());
        return outreach.results(RequestParams.id(id));
    }

    /** Visits over every campaign; an enterprise user sees those to its own enterprise only. */
    @GET
    @Path("visits")
    public List<Visit> allVisits(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        Long filter = LineAccess.enterpriseFilter(a, RequestParams.optionalLong("enterpriseId", enterpriseId));
        List<Visit> all = new ArrayList<>();
        for (Campaign c : outreach.list()) {
            all.addAll(outreach.visits(c.id(), filter));
        }
        all.sort(Comparator.comparing(Visit::visitedOn).reversed());
        return all;
    }

    private static LocalDate date(FieldChecks checks, String field, String value) {
        try {
            return RequestParams.optionalDate(field, value);
        } catch (ValidationException e) {
            e.violations().forEach(checks::add);
            return null;
        }
    }
}

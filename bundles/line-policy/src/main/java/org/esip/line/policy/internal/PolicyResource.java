package org.esip.line.policy.internal;

import static org.esip.line.policy.internal.PolicyServiceLine.TEXTS;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.PublicInformation;
import org.esip.core.api.ValidationException;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyCategory;
import org.esip.line.policy.api.PolicyDraft;
import org.esip.line.policy.api.PolicyFile;
import org.esip.line.policy.api.PolicyLevel;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyPushes;
import org.esip.line.policy.api.PolicyQuery;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatistics;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.line.policy.api.PushProgress;
import org.esip.line.policy.api.PushReport;
import org.esip.registry.api.ImportReport;

/**
 * The policy library at {@code /api/v1/lines/policy/policies} (clause 5.2.1.1): the public and enterprises
 * query published (and expired) policies; staff keep the library, drafts included.
 */
@Path("/policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {
    /** What the public sees: never drafts or withdrawn policies. */
    private static final Set<PolicyStatus> PUBLIC = Set.of(PolicyStatus.PUBLISHED, PolicyStatus.EXPIRED);
    private final PolicyService policies;
    private final PolicyMatching matching;
    private final PolicyPushes pushes;

    PolicyResource(PolicyService policies, PolicyMatching matching,
            PolicyPushes pushes) {
        this.policies = policies;
        this.matching = matching;
        this.pushes = pushes;
    }

    /**
     * Matching and push statistics for dashboards (clause 3.2): for every published policy, the enterprises it
     * reaches (eligible and unknown), pushed, read and applied; readers.
     */
    @GET
    @Path("matching-statistics")
    @RolesAllowed({"ADMIN", "STAFF", "AUDITOR"})
    public List<Map<String, Object>> matchingStatistics() {
        List<Policy> published = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Policy> p = policies.search(new PolicyQuery(null, null, null, null, PolicyStatus.PUBLISHED, null, null,
                    null, "id"), new PageRequest(page, PageRequest.MAX_SIZE));
            published.addAll(p.items());
            if (p.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        // From the index and a fixed number of statements (issue 16), not a reach and a report per policy.
        Map<Long, long[]> reach = new HashMap<>();
        for (Policy policy : published) {
            if (matching instanceof PolicyMatchingImpl m) {
                reach.put(policy.id(), m.reachCounts(policy.id()));
            } else {
                var r = matching.reachOf(policy.id());
                reach.put(policy.id(), new long[] {r.eligible().size(), r.unknown().size()});
            }
        }
        List<Long> ids = published.stream().map(Policy::id).toList();
        List<PushReport> reports = pushes instanceof PolicyPushesImpl impl
                ? impl.reportsOf(ids, id -> reach.get(id)[0])
                : ids.stream().map(pushes::reportOf).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            Policy policy = published.get(i);
            PushReport push = reports.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("policyId", policy.id());
            row.put("title", policy.title());
            row.put("category", policy.category());
            row.put("eligible", reach.get(policy.id())[0]);
            row.put("unknown", reach.get(policy.id())[1]);
            row.put("pushed", push.pushed());
            row.put("heldBack", push.heldBack());
            row.put("read", push.read());
            row.put("applied", push.applied());
            row.put("readRate", push.readRate());
            row.put("conversionRate", push.conversionRate());
            rows.add(row);
        }
        return rows;
    }

    /** Adds a file (original text, guide, form) to a policy: the bytes as the body, its name in {@code filename}; staff. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"ADMIN", "STAFF"})
    public Response attach(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("filename") String filename,
            byte[] body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        PolicyFile f = policies.attach(a, id(id), filename, body);
        return Response.created(URI.create("policies/" + f.policyId() + "/files/" + f.id())).entity(f).build();
    }

    /** A policy's files, for whoever may see the policy. */
    @GET
    @Path("{id}/files")
    @PublicInformation
    public List<PolicyFile> files(@Context SecurityContext sc, @PathParam("id") String id) {
        return policies.files(get(sc, id).id());
    }

    @GET
    @Path("{id}/files/{fileId}")
    @PublicInformation
    @Produces(MediaType.WILDCARD)
    public Response file(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("fileId") String fileId) {
        Policy p = get(sc, id);
        long fid = id(fileId);
        PolicyFile f = policies.files(p.id()).stream().filter(x -> x.id() == fid).findFirst()
                .orElseThrow(() -> TEXTS.notFound("policy.file-not-found", fid, p.id()));
        String encoded = URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(policies.fileContent(p.id(), fid), f.contentType())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + encoded).build();
    }

    /** Who a published policy reaches (eligible and unknown) and who misses it by one condition; staff. */
    @GET
    @Path("{id}/reach")
    @RolesAllowed({"ADMIN", "STAFF", "AUDITOR"})
    public Map<String, Object> reach(@PathParam("id") String id) {
        long policyId = id(id);
        var reach = matching.reachOf(policyId);
        return Map.of("policyId", policyId, "eligible", reach.eligible(), "unknown", reach.unknown(),
                "nearMisses", matching.nearMissEnterprisesFor(policyId, 20));
    }

    /** Pushed, held back, read and applied, with the rates (精准直达); staff. */
    @GET
    @Path("{id}/push-report")
    @RolesAllowed({"ADMIN", "STAFF", "AUDITOR"})
    public PushReport pushReport(@PathParam("id") String id) {
        long policyId = id(id);
        policies.get(policyId);
        return pushes.reportOf(policyId);
    }

    /**
     * How far the background pushes got since the policy was last published (to push, pushed, done); staff. The
     * publication is answered before the pushes go out.
     */
    @GET
    @Path("{id}/push-progress")
    @RolesAllowed({"ADMIN", "STAFF", "AUDITOR"})
    public PushProgress pushProgress(@PathParam("id") String id) {
        return pushes.progressOf(id(id));
    }

    /** The body of a status change. */
    public record Change(Long version, String reason) {
    }

    @GET
    @PublicInformation
    public Page<Policy> search(@Context SecurityContext sc, @QueryParam("q") String text,
            @QueryParam("category") String category, @QueryParam("level") String level,
            @QueryParam("issuer") String issuer, @QueryParam("status") String status, @QueryParam("tag") String tag,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        FieldChecks errors = new FieldChecks(TEXTS);
        PolicyCategory c = param(errors, () -> RequestParams.optionalEnum(PolicyCategory.class, "category", category));
        PolicyLevel l = param(errors, () -> RequestParams.optionalEnum(PolicyLevel.class, "level", level));
        PolicyStatus s = param(errors, () -> RequestParams.optionalEnum(PolicyStatus.class, "status", status));
        LocalDate f = param(errors, () -> RequestParams.optionalDate("from", from));
        LocalDate t = param(errors, () -> RequestParams.optionalDate("to", to));
        PageRequest p = param(errors, () -> RequestParams.page(page, size));
        errors.throwIfAny();
        boolean everything = LineAccess.readsEverything(sc.getUserPrincipal());
        if (!everything && s != null && !PUBLIC.contains(s)) {
            return new Page<>(List.of(), p.page(), p.size(), 0);
        }
        PolicyStatus shown = everything || s != null ? s : PolicyStatus.PUBLISHED;
        return policies.search(new PolicyQuery(text, c, l, issuer, shown, tag, f, t, sort), p);
    }

    /**
     * Bulk import: the file itself as the body, {@code text/csv}, XLSX or {@code application/json}; 200 with the
     * row report when stored (or a dry run), 422 with it when any row was rejected and nothing was stored.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", "application/csv", MediaType.APPLICATION_JSON,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({"ADMIN", "STAFF"})
    public Response importPolicies(@Context SecurityContext sc, @HeaderParam("Content-Type") String type,
            @QueryParam("dryRun") String dryRun, byte[] body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        String format = t.contains("json") ? "json" : t.contains("spreadsheetml") ? "xlsx" : "csv";
        ImportReport report = policies.importPolicies(a, body, format, "true".equalsIgnoreCase(dryRun));
        return Response.status(report.rejected() > 0 ? 422 : 200).entity(report).build();
    }

    /** Library statistics for dashboards (clause 3.2): readers (staff, administrators, auditors). */
    @GET
    @Path("statistics")
    @RolesAllowed({"ADMIN", "STAFF", "AUDITOR"})
    public PolicyStatistics statistics(@QueryParam("latest") String latest) {
        Integer n = RequestParams.optionalInt("latest", latest);
        return policies.statistics(n == null ? 10 : n);
    }

    /** The newest published policies (最新政策), for everyone. */
    @GET
    @Path("latest")
    @PublicInformation
    public List<Policy> latest(@QueryParam("size") String size) {
        PageRequest p = RequestParams.page(null, size == null || size.isBlank() ? "10" : size);
        return policies.search(new PolicyQuery(null, null, null, null, PolicyStatus.PUBLISHED, null, null, null, null), p)
                .items();
    }

    @GET
    @Path("{id}")
    @PublicInformation
    public Policy get(@Context SecurityContext sc, @PathParam("id") String id) {
        Policy p = policies.get(id(id));
        if (!PUBLIC.contains(p.status()) && !LineAccess.readsEverything(sc.getUserPrincipal())) {
            // Drafts and withdrawn policies do not exist for the public.
            throw TEXTS.notFound("policy.not-found", p.id());
        }
        return p;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "STAFF"})
    public Response create(@Context SecurityContext sc, PolicyDraft draft) {
        Policy p = policies.create(LineAccess.caller(sc.getUserPrincipal()), draft);
        return Response.created(URI.create("policies/" + p.id())).entity(p).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "STAFF"})
    public Policy update(@Context SecurityContext sc, @PathParam("id") String id, PolicyDraft draft) {
        return policies.update(LineAccess.caller(sc.getUserPrincipal()), id(id), draft);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "STAFF"})
    public Policy publish(@Context SecurityContext sc, @PathParam("id") String id, Change change) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        return policies.publish(a, id(id), version(change));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "STAFF"})
    public Policy withdraw(@Context SecurityContext sc, @PathParam("id") String id, Change change) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        return policies.withdraw(a, id(id), version(change), change.reason());
    }

    private static long version(Change change) {
        if (change == null || change.version() == null) {
            throw TEXTS.invalid("version", "field.required");
        }
        return change.version();
    }

    /** A policy's id in a path: not a number names no policy. */
    private static long id(String value) {
        try {
            return RequestParams.id(value);
        } catch (NotFoundException e) {
            throw TEXTS.notFound("policy.not-found", value);
        }
    }

    /** One query parameter read through the kit; a bad one is collected, so the 400 names every bad parameter. */
    private static <T> T param(FieldChecks errors, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            e.violations().forEach(errors::add);
            return null;
        }
    }
}

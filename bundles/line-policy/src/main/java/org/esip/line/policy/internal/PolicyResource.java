package org.esip.line.policy.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

import org.esip.core.api.Actor;
import org.esip.core.api.CallerPrincipal;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.PublicInformation;
import org.esip.core.api.Role;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyCategory;
import org.esip.line.policy.api.PolicyDraft;
import org.esip.line.policy.api.PolicyLevel;
import org.esip.line.policy.api.PolicyQuery;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatus;

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
    private final org.esip.line.policy.api.PolicyMatching matching;
    private final org.esip.line.policy.api.PolicyPushes pushes;

    PolicyResource(PolicyService policies, org.esip.line.policy.api.PolicyMatching matching,
            org.esip.line.policy.api.PolicyPushes pushes) {
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
    public List<java.util.Map<String, Object>> matchingStatistics(@Context SecurityContext sc) {
        if (!reader(caller(sc))) {
            throw new ForbiddenException("policy.forbidden", "只有平台工作人员、管理员和监督人员可以查看统计",
                    "Only staff, administrators and auditors see the statistics");
        }
        List<java.util.Map<String, Object>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Policy> p = policies.search(new PolicyQuery(null, null, null, null, PolicyStatus.PUBLISHED, null, null,
                    null, "id"), new PageRequest(page, PageRequest.MAX_SIZE));
            for (Policy policy : p.items()) {
                var reach = matching.reachOf(policy.id());
                var push = pushes.reportOf(policy.id());
                java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("policyId", policy.id());
                row.put("title", policy.title());
                row.put("category", policy.category());
                row.put("eligible", reach.eligible().size());
                row.put("unknown", reach.unknown().size());
                row.put("pushed", push.pushed());
                row.put("heldBack", push.heldBack());
                row.put("read", push.read());
                row.put("applied", push.applied());
                row.put("readRate", push.readRate());
                row.put("conversionRate", push.conversionRate());
                rows.add(row);
            }
            if (p.items().size() < PageRequest.MAX_SIZE) {
                return rows;
            }
        }
    }

    /** Adds a file (original text, guide, form) to a policy: the bytes as the body, its name in {@code filename}; staff. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@Context SecurityContext sc, @PathParam("id") String id, @QueryParam("filename") String filename,
            byte[] body) {
        Actor a = requireKeeper(sc);
        org.esip.line.policy.api.PolicyFile f = policies.attach(a, id(id), filename, body);
        return Response.created(URI.create("policies/" + f.policyId() + "/files/" + f.id())).entity(f).build();
    }

    /** A policy's files, for whoever may see the policy. */
    @GET
    @Path("{id}/files")
    @PublicInformation
    public List<org.esip.line.policy.api.PolicyFile> files(@Context SecurityContext sc, @PathParam("id") String id) {
        return policies.files(get(sc, id).id());
    }

    @GET
    @Path("{id}/files/{fileId}")
    @PublicInformation
    @Produces(MediaType.WILDCARD)
    public Response file(@Context SecurityContext sc, @PathParam("id") String id, @PathParam("fileId") String fileId) {
        Policy p = get(sc, id);
        long fid = id(fileId);
        org.esip.line.policy.api.PolicyFile f = policies.files(p.id()).stream().filter(x -> x.id() == fid).findFirst()
                .orElseThrow(() -> new NotFoundException("policy.file-not-found", PolicyMessages.zh("policy.file-not-found", fid, p.id()),
                        PolicyMessages.en("policy.file-not-found", fid, p.id())));
        String encoded = java.net.URLEncoder.encode(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(policies.fileContent(p.id(), fid), f.contentType())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + encoded).build();
    }

    /** Who a published policy reaches (eligible and unknown) and who misses it by one condition; staff. */
    @GET
    @Path("{id}/reach")
    public java.util.Map<String, Object> reach(@Context SecurityContext sc, @PathParam("id") String id) {
        if (!reader(caller(sc))) {
            throw new ForbiddenException("policy.forbidden", "只有平台工作人员可以查看匹配企业", "Only staff see who a policy reaches");
        }
        long policyId = id(id);
        var reach = matching.reachOf(policyId);
        return java.util.Map.of("policyId", policyId, "eligible", reach.eligible(), "unknown", reach.unknown(),
                "nearMisses", matching.nearMissEnterprisesFor(policyId, 20));
    }

    /** Pushed, held back, read and applied, with the rates (精准直达); staff. */
    @GET
    @Path("{id}/push-report")
    public org.esip.line.policy.api.PushReport pushReport(@Context SecurityContext sc, @PathParam("id") String id) {
        if (!reader(caller(sc))) {
            throw new ForbiddenException("policy.forbidden", "只有平台工作人员可以查看推送统计", "Only staff see push reports");
        }
        long policyId = id(id);
        policies.get(policyId);
        return pushes.reportOf(policyId);
    }

    /** The body of a status change. */
    public record Change(Long version, String reason) {
    }

    private static Actor caller(SecurityContext sc) {
        return sc != null && sc.getUserPrincipal() instanceof CallerPrincipal p ? p.actor() : null;
    }

    private static boolean keeper(Actor a) {
        return a != null && a.hasAny(Role.ADMIN, Role.STAFF);
    }

    private static boolean reader(Actor a) {
        return a != null && a.hasAny(Role.ADMIN, Role.STAFF, Role.AUDITOR);
    }

    private static Actor requireKeeper(SecurityContext sc) {
        Actor a = caller(sc);
        if (!keeper(a)) {
            throw new ForbiddenException("policy.forbidden", "只有平台工作人员可以维护政策库",
                    "Only platform staff keep the policy library");
        }
        return a;
    }

    @GET
    @PublicInformation
    public Page<Policy> search(@Context SecurityContext sc, @QueryParam("q") String text,
            @QueryParam("category") String category, @QueryParam("level") String level,
            @QueryParam("issuer") String issuer, @QueryParam("status") String status, @QueryParam("tag") String tag,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldViolation> errors = new ArrayList<>();
        PolicyCategory c = parse(errors, "category", category, PolicyCategory.class);
        PolicyLevel l = parse(errors, "level", level, PolicyLevel.class);
        PolicyStatus s = parse(errors, "status", status, PolicyStatus.class);
        LocalDate f = date(errors, "from", from);
        LocalDate t = date(errors, "to", to);
        PageRequest p = page(errors, page, size);
        if (!errors.isEmpty()) {
            throw PolicyServiceImpl.invalid(errors);
        }
        boolean everything = reader(caller(sc));
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
    public Response importPolicies(@Context SecurityContext sc, @javax.ws.rs.HeaderParam("Content-Type") String type,
            @QueryParam("dryRun") String dryRun, byte[] body) {
        Actor a = requireKeeper(sc);
        String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        String format = t.contains("json") ? "json" : t.contains("spreadsheetml") ? "xlsx" : "csv";
        org.esip.registry.api.ImportReport report = policies.importPolicies(a, body, format, "true".equalsIgnoreCase(dryRun));
        return Response.status(report.rejected() > 0 ? 422 : 200).entity(report).build();
    }

    /** Library statistics for dashboards (clause 3.2): readers (staff, administrators, auditors). */
    @GET
    @Path("statistics")
    public org.esip.line.policy.api.PolicyStatistics statistics(@Context SecurityContext sc,
            @QueryParam("latest") String latest) {
        if (!reader(caller(sc))) {
            throw new ForbiddenException("policy.forbidden", "只有平台工作人员、管理员和监督人员可以查看统计",
                    "Only staff, administrators and auditors see the statistics");
        }
        int n = 10;
        if (latest != null && !latest.isBlank()) {
            try {
                n = Integer.parseInt(latest.strip());
            } catch (NumberFormatException e) {
                throw PolicyServiceImpl.invalid(List.of(PolicyMessages.violation("latest", "param.page", PageRequest.MAX_SIZE)));
            }
        }
        return policies.statistics(n);
    }

    /** The newest published policies (最新政策), for everyone. */
    @GET
    @Path("latest")
    @PublicInformation
    public List<Policy> latest(@QueryParam("size") String size) {
        List<FieldViolation> errors = new ArrayList<>();
        PageRequest p = page(errors, null, size == null || size.isBlank() ? "10" : size);
        if (!errors.isEmpty()) {
            throw PolicyServiceImpl.invalid(errors);
        }
        return policies.search(new PolicyQuery(null, null, null, null, PolicyStatus.PUBLISHED, null, null, null, null), p)
                .items();
    }

    @GET
    @Path("{id}")
    @PublicInformation
    public Policy get(@Context SecurityContext sc, @PathParam("id") String id) {
        Policy p = policies.get(id(id));
        if (!PUBLIC.contains(p.status()) && !reader(caller(sc))) {
            // Drafts and withdrawn policies do not exist for the public.
            throw new NotFoundException("policy.not-found", PolicyMessages.zh("policy.not-found", p.id()),
                    PolicyMessages.en("policy.not-found", p.id()));
        }
        return p;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, PolicyDraft draft) {
        Policy p = policies.create(requireKeeper(sc), draft);
        return Response.created(URI.create("policies/" + p.id())).entity(p).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Policy update(@Context SecurityContext sc, @PathParam("id") String id, PolicyDraft draft) {
        return policies.update(requireKeeper(sc), id(id), draft);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Policy publish(@Context SecurityContext sc, @PathParam("id") String id, Change change) {
        Actor a = requireKeeper(sc);
        return policies.publish(a, id(id), version(change));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Policy withdraw(@Context SecurityContext sc, @PathParam("id") String id, Change change) {
        Actor a = requireKeeper(sc);
        return policies.withdraw(a, id(id), version(change), change.reason());
    }

    private static long version(Change change) {
        if (change == null || change.version() == null) {
            throw PolicyServiceImpl.invalid(List.of(PolicyMessages.violation("version", "field.required")));
        }
        return change.version();
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("policy.not-found", PolicyMessages.zh("policy.not-found", value),
                    PolicyMessages.en("policy.not-found", value));
        }
    }

    private static <E extends Enum<E>> E parse(List<FieldViolation> errors, String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(PolicyMessages.violation(name, "param.one-of", java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static LocalDate date(List<FieldViolation> errors, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(PolicyMessages.violation(name, "param.date"));
            return null;
        }
    }

    private static PageRequest page(List<FieldViolation> errors, String page, String size) {
        int p = 0;
        int s = PageRequest.DEFAULT_SIZE;
        try {
            p = page == null || page.isBlank() ? 0 : Integer.parseInt(page.strip());
            s = size == null || size.isBlank() ? PageRequest.DEFAULT_SIZE : Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            errors.add(PolicyMessages.violation("page", "param.page", PageRequest.MAX_SIZE));
            return PageRequest.first();
        }
        if (p < 0 || s < 1 || s > PageRequest.MAX_SIZE || new PageRequest(p, s).beyondReach()) {
            errors.add(PolicyMessages.violation("page", "param.page", PageRequest.MAX_SIZE));
            return PageRequest.first();
        }
        return new PageRequest(p, s);
    }
}

package org.esip.line.policy.internal;

import static org.esip.line.policy.internal.PolicyServiceLine.TEXTS;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.annotation.security.RolesAllowed;
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
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.policy.api.ApplicationService;
import org.esip.line.policy.api.HandOffStatus;
import org.esip.line.policy.api.PolicyApplication;

/**
 * Applications at {@code /api/v1/lines/policy/applications} (clauses 5.2.1.3, 5.2.1.4): an enterprise applies
 * online for itself (staff on its behalf); staff record and follow hand-offs to departments' systems.
 * Roles are declared ({@code @RolesAllowed}); which enterprise a caller may touch comes from {@link LineAccess}.
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "STAFF", "AUDITOR", "ENTERPRISE"})
public class ApplicationResource {
    private final ApplicationService applications;

    ApplicationResource(ApplicationService applications) {
        this.applications = applications;
    }

    /** What an application, a hand-off or a hand-off's progress carries. */
    public record Body(Long policyId, Long enterpriseId, String statement, String reference, String link, Long version,
            HandOffStatus status, String outcome) {
    }

    /** The body, with {@code policyId} (and for staff {@code enterpriseId}) given: 400 naming each one missing. */
    private static Body withPolicy(Body b, Actor a) {
        if (b == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        FieldChecks checks = new FieldChecks(TEXTS).required("policyId", b.policyId());
        if (LineAccess.isMaintainer(a)) {
            checks.required("enterpriseId", b.enterpriseId());
        }
        checks.throwIfAny();
        return b;
    }

    /** Applies online: an enterprise user for its own enterprise, staff for the enterprise they name. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "STAFF", "ENTERPRISE"})
    public Response apply(@Context SecurityContext sc, @HeaderParam("Idempotency-Key") String key, Body body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        withPolicy(body, a);
        long enterpriseId = LineAccess.actingEnterprise(a, body.enterpriseId(), "enterpriseId");
        PolicyApplication p = applications.applyOnline(a, body.policyId(), enterpriseId, body.statement(), key);
        return Response.created(URI.create("applications/" + p.id())).entity(p).build();
    }

    /** 免申即享: an enterprise user confirms its intent for itself (staff on its behalf). */
    @POST
    @Path("confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "STAFF", "ENTERPRISE"})
    public Response confirm(@Context SecurityContext sc, Body body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        withPolicy(body, a);
        long enterpriseId = LineAccess.actingEnterprise(a, body.enterpriseId(), "enterpriseId");
        PolicyApplication p = applications.confirmIntent(a, body.policyId(), enterpriseId);
        return Response.created(URI.create("applications/" + p.id())).entity(p).build();
    }

    /** Staff record that an application went to the department's own system. */
    @POST
    @Path("hand-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "STAFF"})
    public Response handOff(@Context SecurityContext sc, Body body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        withPolicy(body, a);
        PolicyApplication p = applications.recordHandOff(a, body.policyId(), body.enterpriseId(), body.reference(), body.link());
        return Response.created(URI.create("applications/" + p.id())).entity(p).build();
    }

    /** Staff follow a hand-off: accepted, approved (or not, with the reason), paid out. */
    @POST
    @Path("{id}/hand-off-status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "STAFF"})
    public PolicyApplication progress(@Context SecurityContext sc, @PathParam("id") String id, Body body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        long applicationId = RequestParams.id(id);
        if (body == null) {
            throw TEXTS.invalid("body", "field.required");
        }
        new FieldChecks(TEXTS).required("version", body.version()).required("status", body.status()).throwIfAny();
        return applications.updateHandOff(a, applicationId, body.version(), body.status(), body.outcome());
    }

    /** An enterprise user sees its own enterprise's applications; readers any (or the one they name). */
    @GET
    public List<PolicyApplication> list(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("policyId") String policyId) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        Long enterprise = LineAccess.enterpriseFilter(a, RequestParams.optionalLong("enterpriseId", enterpriseId));
        return applications.list(enterprise, RequestParams.optionalLong("policyId", policyId));
    }

    /** Applications counted by handling mode and status, for dashboards (clause 3.2); readers. */
    @GET
    @Path("statistics")
    @RolesAllowed({"ADMIN", "STAFF", "AUDITOR"})
    public Map<String, Map<String, Long>> statistics() {
        Map<String, Map<String, Long>> byMode = new TreeMap<>();
        for (PolicyApplication p : applications.list(null, null)) {
            byMode.computeIfAbsent(p.mode().name(), m -> new TreeMap<>())
                    .merge(p.status() == null ? "—" : p.status(), 1L, Long::sum);
        }
        return byMode;
    }

    /** One application: readers, or a user of its enterprise (for anyone else it does not exist: 404). */
    @GET
    @Path("{id}")
    public PolicyApplication get(@Context SecurityContext sc, @PathParam("id") String id) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        long applicationId = RequestParams.id(id);
        PolicyApplication p = applications.get(applicationId);
        LineAccess.requireVisible(a, p.enterpriseId(), TEXTS.notFound("application.not-found", applicationId));
        return p;
    }
}

package org.esip.line.policy.internal;

import java.net.URI;
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
import org.esip.core.api.CallerPrincipal;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.core.api.UnauthenticatedException;
import org.esip.line.policy.api.ApplicationService;
import org.esip.line.policy.api.HandOffStatus;
import org.esip.line.policy.api.PolicyApplication;

/**
 * Applications at {@code /api/v1/lines/policy/applications} (clauses 5.2.1.3, 5.2.1.4): an enterprise applies
 * online for itself (staff on its behalf); staff record and follow hand-offs to departments' systems.
 */
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    private final ApplicationService applications;

    ApplicationResource(ApplicationService applications) {
        this.applications = applications;
    }

    /** What an application, a hand-off or a hand-off's progress carries. */
    public record Body(Long policyId, Long enterpriseId, String statement, String reference, String link, Long version,
            HandOffStatus status, String outcome) {
    }

    private static Actor caller(SecurityContext sc) {
        if (sc != null && sc.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.actor();
        }
        throw new UnauthenticatedException("auth.required", "请先登录", "Sign in first");
    }

    private static boolean staff(Actor a) {
        return a.hasAny(Role.ADMIN, Role.STAFF);
    }

    private static ForbiddenException forbidden() {
        return new ForbiddenException("policy.forbidden", "无权操作此申报", "Not allowed for this application");
    }

    private static Body required(Body b, String... fields) {
        List<org.esip.core.api.FieldViolation> v = new java.util.ArrayList<>();
        if (b == null) {
            throw PolicyServiceImpl.invalid(List.of(PolicyMessages.violation("body", "field.required")));
        }
        for (String f : fields) {
            Object value = switch (f) {
                case "policyId" -> b.policyId();
                case "enterpriseId" -> b.enterpriseId();
                case "version" -> b.version();
                default -> b.status();
            };
            if (value == null) {
                v.add(PolicyMessages.violation(f, "field.required"));
            }
        }
        if (!v.isEmpty()) {
            throw PolicyServiceImpl.invalid(v);
        }
        return b;
    }

    /** Applies online: an enterprise user for its own enterprise, staff for the enterprise they name. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@Context SecurityContext sc, @HeaderParam("Idempotency-Key") String key, Body body) {
        Actor a = caller(sc);
        long enterpriseId;
        if (a.has(Role.ENTERPRISE)) {
            required(body, "policyId");
            if (body.enterpriseId() != null && !body.enterpriseId().equals(a.enterpriseId()) || a.enterpriseId() == null) {
                throw forbidden();
            }
            enterpriseId = a.enterpriseId();
        } else if (staff(a)) {
            required(body, "policyId", "enterpriseId");
            enterpriseId = body.enterpriseId();
        } else {
            throw forbidden();
        }
        PolicyApplication p = applications.applyOnline(a, body.policyId(), enterpriseId, body.statement(), key);
        return Response.created(URI.create("applications/" + p.id())).entity(p).build();
    }

    /** 免申即享: an enterprise user confirms its intent for itself (staff on its behalf). */
    @POST
    @Path("confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@Context SecurityContext sc, Body body) {
        Actor a = caller(sc);
        long enterpriseId;
        if (a.has(Role.ENTERPRISE)) {
            required(body, "policyId");
            if (a.enterpriseId() == null || body.enterpriseId() != null && !body.enterpriseId().equals(a.enterpriseId())) {
                throw forbidden();
            }
            enterpriseId = a.enterpriseId();
        } else if (staff(a)) {
            required(body, "policyId", "enterpriseId");
            enterpriseId = body.enterpriseId();
        } else {
            throw forbidden();
        }
        PolicyApplication p = applications.confirmIntent(a, body.policyId(), enterpriseId);
        return Response.created(URI.create("applications/" + p.id())).entity(p).build();
    }

    /** Staff record that an application went to the department's own system. */
    @POST
    @Path("hand-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response handOff(@Context SecurityContext sc, Body body) {
        Actor a = caller(sc);
        if (!staff(a)) {
            throw forbidden();
        }
        required(body, "policyId", "enterpriseId");
        PolicyApplication p = applications.recordHandOff(a, body.policyId(), body.enterpriseId(), body.reference(), body.link());
        return Response.created(URI.create("applications/" + p.id())).entity(p).build();
    }

    /** Staff follow a hand-off: accepted, approved (or not, with the reason), paid out. */
    @POST
    @Path("{id}/hand-off-status")
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicyApplication progress(@Context SecurityContext sc, @PathParam("id") String id, Body body) {
        Actor a = caller(sc);
        if (!staff(a)) {
            throw forbidden();
        }
        required(body, "version", "status");
        return applications.updateHandOff(a, id(id), body.version(), body.status(), body.outcome());
    }

    @GET
    public List<PolicyApplication> list(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("policyId") String policyId) {
        Actor a = caller(sc);
        Long enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : id(enterpriseId);
        if (a.has(Role.ENTERPRISE)) {
            if (enterprise != null && !enterprise.equals(a.enterpriseId())) {
                throw forbidden();
            }
            enterprise = a.enterpriseId();
        } else if (!a.hasAny(Role.ADMIN, Role.STAFF, Role.AUDITOR)) {
            throw forbidden();
        }
        return applications.list(enterprise, policyId == null || policyId.isBlank() ? null : id(policyId));
    }

    /** Applications counted by handling mode and status, for dashboards (clause 3.2); readers. */
    @GET
    @Path("statistics")
    public java.util.Map<String, java.util.Map<String, Long>> statistics(@Context SecurityContext sc) {
        Actor a = caller(sc);
        if (!a.hasAny(Role.ADMIN, Role.STAFF, Role.AUDITOR)) {
            throw forbidden();
        }
        java.util.Map<String, java.util.Map<String, Long>> byMode = new java.util.TreeMap<>();
        for (PolicyApplication p : applications.list(null, null)) {
            byMode.computeIfAbsent(p.mode().name(), m -> new java.util.TreeMap<>())
                    .merge(p.status() == null ? "—" : p.status(), 1L, Long::sum);
        }
        return byMode;
    }

    @GET
    @Path("{id}")
    public PolicyApplication get(@Context SecurityContext sc, @PathParam("id") String id) {
        Actor a = caller(sc);
        PolicyApplication p = applications.get(id(id));
        if (a.has(Role.ENTERPRISE) ? !Long.valueOf(p.enterpriseId()).equals(a.enterpriseId())
                : !a.hasAny(Role.ADMIN, Role.STAFF, Role.AUDITOR)) {
            throw forbidden();
        }
        return p;
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("application.not-found", PolicyMessages.zh("application.not-found", value),
                    PolicyMessages.en("application.not-found", value));
        }
    }
}

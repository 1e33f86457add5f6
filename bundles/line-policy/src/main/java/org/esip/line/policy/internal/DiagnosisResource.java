package org.esip.line.policy.internal;

import static org.esip.line.policy.internal.PolicyServiceLine.TEXTS;

import java.io.File;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.Actor;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.policy.api.ApplicationService;
import org.esip.line.policy.api.DiagnosisReport;
import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyService;
import org.esip.registry.api.EnterpriseService;

/**
 * One enterprise's view of the library at {@code /api/v1/lines/policy/enterprises/{id}/…}: the policies it
 * matches, its near misses and its diagnosis report (JSON, or a printable page with {@code ?format=html}).
 * An enterprise user reads its own; staff, administrators and auditors any.
 */
@Path("/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "STAFF", "AUDITOR", "ENTERPRISE"})
public class DiagnosisResource {
    private final EnterpriseService enterprises;
    private final PolicyService policies;
    private final PolicyMatching matching;
    private final ApplicationService applications;
    private final Supplier<String> pdfFont;

    DiagnosisResource(EnterpriseService enterprises, PolicyService policies, PolicyMatching matching,
            ApplicationService applications, Supplier<String> pdfFont) {
        this.enterprises = enterprises;
        this.policies = policies;
        this.matching = matching;
        this.applications = applications;
        this.pdfFont = pdfFont;
    }

    /**
     * The enterprise asked about, if the caller may read it: its own users, staff, administrators and auditors
     * (another enterprise's user: 403, as the core's enterprise registry answers).
     */
    static long readable(SecurityContext sc, String id) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        long enterpriseId = RequestParams.id(id);
        return LineAccess.enterpriseFilter(a, enterpriseId);
    }

    @GET
    @Path("{id}/policies")
    public List<MatchResult> matches(@Context SecurityContext sc, @PathParam("id") String id) {
        return matching.policiesFor(readable(sc, id));
    }

    @GET
    @Path("{id}/near-misses")
    public List<MatchResult> nearMisses(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("limit") String limit) {
        Integer given = RequestParams.optionalInt("limit", limit);
        int n = given == null ? 10 : Math.min(100, given);
        return matching.nearMissesFor(readable(sc, id), n);
    }

    @GET
    @Path("{id}/diagnosis")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "application/pdf"})
    public Response diagnosis(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("format") String format) {
        DiagnosisReport r = Diagnosis.of(readable(sc, id), enterprises, policies, matching, applications,
                Clock.systemUTC());
        if ("html".equalsIgnoreCase(format)) {
            return Response.ok(DiagnosisHtml.render(r), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        if ("pdf".equalsIgnoreCase(format)) {
            String configuredFont = pdfFont.get();
            File font = DiagnosisPdf.font(configuredFont);
            if (font == null) {
                throw TEXTS.conflict("diagnosis.no-font", "format", configuredFont == null || configuredFont.isBlank()
                        ? String.join(", ", DiagnosisPdf.USUAL_FONTS) : configuredFont);
            }
            return Response.ok(DiagnosisPdf.render(r, font), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"diagnosis-" + r.enterprise().id() + ".pdf\"").build();
        }
        if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format)) {
            throw TEXTS.invalid("format", "param.one-of", "[json, html, pdf]");
        }
        return Response.ok(r, MediaType.APPLICATION_JSON_TYPE).build();
    }
}

package org.esip.line.training.internal;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

import javax.ws.rs.GET;
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
import org.esip.core.api.Role;
import org.esip.core.api.UnavailableException;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.training.api.Registration;
import org.esip.line.training.api.RegistrationStatus;
import org.esip.registry.api.EnterpriseService;

/**
 * Registrations at {@code /api/v1/lines/training/registrations}: an enterprise user sees and cancels its own, gets
 * the calendar invitation and, once attended, the certificate; staff check attendees in.
 */
@Path("/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {
    private final Registrations registrations;
    private final EnterpriseService enterprises;
    private final Supplier<String> pdfFont;

    RegistrationResource(Registrations registrations, EnterpriseService enterprises, Supplier<String> pdfFont) {
        this.registrations = registrations;
        this.enterprises = enterprises;
        this.pdfFont = pdfFont;
    }

    @GET
    public List<Registration> list(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("sessionId") String sessionId, @QueryParam("status") String status) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        Long enterprise = LineAccess.enterpriseFilter(a, RequestParams.optionalLong("enterpriseId", enterpriseId));
        return registrations.list(RequestParams.optionalLong("sessionId", sessionId), enterprise,
                RequestParams.optionalEnum(RegistrationStatus.class, "status", status));
    }

    @GET
    @Path("{id}")
    public Registration get(@Context SecurityContext sc, @PathParam("id") String id) {
        return registrations.get(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id));
    }

    /** The attendee no longer comes: the place goes to the first on the waiting list. */
    @POST
    @Path("{id}/cancel")
    public Registration cancel(@Context SecurityContext sc, @PathParam("id") String id) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        if (!LineAccess.isMaintainer(a) && !a.has(Role.ENTERPRISE)) {
            throw LineAccess.forbidden();
        }
        return registrations.cancel(a, RequestParams.id(id));
    }

    /** Staff check an attendee in at the door (inside the check-in window). */
    @POST
    @Path("{id}/check-in")
    public Registration checkIn(@Context SecurityContext sc, @PathParam("id") String id) {
        return registrations.staffCheckIn(LineAccess.maintainer(sc.getUserPrincipal()), RequestParams.id(id));
    }

    /** The registration as an iCalendar invitation (text/calendar). */
    @GET
    @Path("{id}/invitation")
    @Produces("text/calendar")
    public Response invitation(@Context SecurityContext sc, @PathParam("id") String id) {
        long registrationId = RequestParams.id(id);
        String ics = registrations.invitation(LineAccess.caller(sc.getUserPrincipal()), registrationId);
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"training-" + registrationId + ".ics\"").build();
    }

    /** The certificate of attendance as PDF, once the attendee was checked in (409 before). */
    @GET
    @Path("{id}/certificate")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response certificate(@Context SecurityContext sc, @PathParam("id") String id) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        long registrationId = RequestParams.id(id);
        String enterpriseName = enterprises.get(registrations.enterpriseOf(registrationId)).name();
        CertificatePdf.Content content = registrations.certificate(a, registrationId, enterpriseName);
        String configured = pdfFont.get();
        File font = CertificatePdf.font(configured);
        if (font == null) {
            throw new UnavailableException("training.pdf.no-font",
                    TrainingTexts.TEXTS.zh("training.pdf.no-font", configured.isBlank()
                            ? String.join(", ", CertificatePdf.USUAL_FONTS) : configured),
                    TrainingTexts.TEXTS.en("training.pdf.no-font", configured.isBlank()
                            ? String.join(", ", CertificatePdf.USUAL_FONTS) : configured), null);
        }
        return Response.ok(CertificatePdf.render(content, font), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"certificate-" + registrationId + ".pdf\"").build();
    }
}

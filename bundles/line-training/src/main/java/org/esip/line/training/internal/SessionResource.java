package org.esip.line.training.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
import javax.ws.rs.core.UriInfo;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PublicInformation;
import org.esip.core.api.TableFormat;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.training.api.AudienceCheck;
import org.esip.line.training.api.Evaluation;
import org.esip.line.training.api.Registration;
import org.esip.line.training.api.RegistrationStatus;
import org.esip.line.training.api.SessionMode;
import org.esip.line.training.api.TrainingSession;
import org.esip.line.training.api.TrainingTopic;

/**
 * Sessions at {@code /api/v1/lines/training/sessions} (clauses 5.2.3.1 to 5.2.3.4): the public reads the timetable;
 * staff keep it; enterprises register, check in and evaluate.
 */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final CourseCatalogue catalogue;
    private final Registrations registrations;
    private final Outcomes outcomes;
    private final Supplier<String> checkInPage;

    SessionResource(CourseCatalogue catalogue, Registrations registrations, Outcomes outcomes,
            Supplier<String> checkInPage) {
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.checkInPage = checkInPage;
    }

    /** The timetable: {@code topic}, {@code region} (code prefix), {@code from}/{@code to} (dates), {@code mode}. */
    @GET
    @PublicInformation
    public Page<TrainingSession> list(@QueryParam("topic") String topic, @QueryParam("region") String region,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("mode") String mode,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        FieldChecks checks = new FieldChecks(TrainingTexts.TEXTS);
        TrainingTopic t = Parse.enumValue(checks, TrainingTopic.class, "topic", topic);
        SessionMode m = Parse.enumValue(checks, SessionMode.class, "mode", mode);
        LocalDate f = Parse.date(checks, "from", from);
        LocalDate u = Parse.date(checks, "to", to);
        String r = Parse.text(region);
        checks.check("region", r == null || r.matches("\\d{2,12}"), "training.region-code");
        checks.throwIfAny();
        return catalogue.sessions(t, r, f == null ? null : f.atStartOfDay(Registrations.ZONE).toInstant(),
                u == null ? null : u.plusDays(1).atStartOfDay(Registrations.ZONE).toInstant(), m,
                RequestParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @PublicInformation
    public TrainingSession get(@PathParam("id") String id) {
        return catalogue.session(RequestParams.id(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, Drafts.SessionDraft body) {
        TrainingSession s = catalogue.createSession(LineAccess.maintainer(sc.getUserPrincipal()), body);
        return Response.created(URI.create("sessions/" + s.id())).entity(s).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainingSession update(@Context SecurityContext sc, @PathParam("id") String id, Drafts.SessionDraft body) {
        return catalogue.updateSession(LineAccess.maintainer(sc.getUserPrincipal()), RequestParams.id(id), body,
                registrations);
    }

    public record ReplayBody(String replayUrl) {
    }

    /** The replay link of an online session after its live stream. */
    @POST
    @Path("{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainingSession replay(@Context SecurityContext sc, @PathParam("id") String id, ReplayBody body) {
        return catalogue.setReplay(LineAccess.maintainer(sc.getUserPrincipal()), RequestParams.id(id),
                body == null ? null : body.replayUrl());
    }

    public record CancelBody(String reason) {
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainingSession cancel(@Context SecurityContext sc, @PathParam("id") String id, CancelBody body) {
        return catalogue.cancelSession(LineAccess.maintainer(sc.getUserPrincipal()), RequestParams.id(id),
                body == null ? null : body.reason());
    }

    /** Whether an enterprise is in the session's audience, condition by condition. */
    @GET
    @Path("{id}/audience")
    public AudienceCheck audience(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("enterpriseId") String enterpriseId) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        Long requested = RequestParams.optionalLong("enterpriseId", enterpriseId);
        Long e = LineAccess.enterpriseFilter(a, requested);
        if (e == null) {
            throw TrainingTexts.TEXTS.invalid("enterpriseId", "field.required");
        }
        return catalogue.audience(RequestParams.id(id), e);
    }

    /**
     * The session's check-in code, the page attendees open to check in, and that link as a QR code to show at the
     * door or print for the venue ({@code qrImage}, an SVG; staff). A relative {@code checkInPage} setting is made
     * absolute with the address this request came to.
     */
    @GET
    @Path("{id}/check-in-code")
    public Map<String, Object> checkInCode(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id) {
        LineAccess.reader(sc.getUserPrincipal());
        long sessionId = RequestParams.id(id);
        TrainingSession s = catalogue.session(sessionId);
        String code = catalogue.checkInCode(sessionId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sessionId", sessionId);
        out.put("code", code);
        out.put("checkInUrl", checkInLink(sessionId, code));
        out.put("opensAt", CheckInWindow.opensAt(s.startsAt()).atOffset(ZoneOffset.UTC).toString());
        out.put("closesAt", s.endsAt().atOffset(ZoneOffset.UTC).toString());
        String base = uri.getBaseUri().getPath();
        out.put("qrImage", base + (base.endsWith("/") ? "" : "/") + "sessions/" + sessionId + "/check-in-code.svg");
        return out;
    }

    /** The check-in link as a QR code (SVG) for the venue; staff. */
    @GET
    @Path("{id}/check-in-code.svg")
    @Produces("image/svg+xml")
    public Response checkInQr(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") String id) {
        LineAccess.reader(sc.getUserPrincipal());
        long sessionId = RequestParams.id(id);
        catalogue.session(sessionId);
        String link = checkInLink(sessionId, catalogue.checkInCode(sessionId));
        if (!link.matches("(?i)https?://.*")) {
            URI base = uri.getBaseUri();
            link = base.getScheme() + "://" + base.getAuthority() + (link.startsWith("/") ? "" : "/") + link;
        }
        return Response.ok(CheckInQr.svg(link, 320)).header("Cache-Control", "no-store").build();
    }

    private String checkInLink(long sessionId, String code) {
        String page = checkInPage.get();
        return page + (page.endsWith("/") ? "" : "/") + sessionId + "/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /** An attendee checks in with the session's code and its phone (its enterprise's user, or staff). */
    @POST
    @Path("{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    public Registration checkIn(@Context SecurityContext sc, @PathParam("id") String id, Drafts.CheckInDraft body) {
        return registrations.checkIn(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id), body);
    }

    /** Registers attendees (an enterprise user for its enterprise, staff for the enterprise they name). */
    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Context SecurityContext sc, @PathParam("id") String id,
            Drafts.RegistrationDraft body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        long sessionId = RequestParams.id(id);
        long enterprise = LineAccess.actingEnterprise(a, body == null ? null : body.enterpriseId(), "enterpriseId");
        List<Registration> made = registrations.register(a, sessionId, enterprise, body);
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    /** A session's registrations: staff see all, an enterprise user its own. */
    @GET
    @Path("{id}/registrations")
    public List<Registration> registrations(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("status") String status) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        return registrations.list(RequestParams.id(id), LineAccess.enterpriseFilter(a, null),
                RequestParams.optionalEnum(RegistrationStatus.class, "status", status));
    }

    /** Online attendance: the live stream's attendance list as CSV or XLSX (column 手机 or 姓名), all or nothing. */
    @POST
    @Path("{id}/attendance")
    @Consumes({"text/csv", "application/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.APPLICATION_OCTET_STREAM})
    public Registrations.AttendanceImport importAttendance(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam("Content-Type") String type, @QueryParam("filename") String filename, byte[] body) {
        Actor a = LineAccess.maintainer(sc.getUserPrincipal());
        TableFormat format = filename != null && !filename.isBlank() ? TableFormat.of(filename) : TableFormat.of(type);
        return registrations.importAttendance(a, RequestParams.id(id), body, format);
    }

    /** The attendee's enterprise rates the session after it ended (5.2.3.4). */
    @POST
    @Path("{id}/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response evaluate(@Context SecurityContext sc, @PathParam("id") String id, Drafts.EvaluationDraft body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        long enterprise = LineAccess.actingEnterprise(a, body == null ? null : body.enterpriseId(), "enterpriseId");
        Evaluation e = outcomes.evaluate(a, RequestParams.id(id), enterprise, body);
        return Response.status(Response.Status.CREATED).entity(e).build();
    }

    @GET
    @Path("{id}/evaluations")
    public List<Evaluation> evaluations(@Context SecurityContext sc, @PathParam("id") String id) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        return outcomes.evaluations(RequestParams.id(id), LineAccess.enterpriseFilter(a, null));
    }

    /**
     * Sends the reminders for sessions starting tomorrow (or on {@code date}); each registration is reminded once,
     * so calling again sends nothing new. Staff.
     */
    @POST
    @Path("reminders")
    public Registrations.ReminderRun reminders(@Context SecurityContext sc, @QueryParam("date") String date) {
        LineAccess.maintainer(sc.getUserPrincipal());
        LocalDate day = RequestParams.optionalDate("date", date);
        return registrations.sendReminders(day != null ? day
                : LocalDate.ofInstant(catalogue.now(), Registrations.ZONE).plusDays(1));
    }
}

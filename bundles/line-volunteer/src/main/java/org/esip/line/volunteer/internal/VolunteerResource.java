package org.esip.line.volunteer.internal;

import static org.esip.line.volunteer.internal.VolunteerRules.TEXTS;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.esip.core.api.TableFormat;
import org.esip.core.api.ValidationException;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.volunteer.api.Activity;
import org.esip.line.volunteer.api.ActivityDraft;
import org.esip.line.volunteer.api.ActivityService;
import org.esip.line.volunteer.api.AnnualFigures;
import org.esip.line.volunteer.api.RecordDraft;
import org.esip.line.volunteer.api.RecordService;
import org.esip.line.volunteer.api.RequestDraft;
import org.esip.line.volunteer.api.RequestService;
import org.esip.line.volunteer.api.ServiceRecord;
import org.esip.line.volunteer.api.SignUp;
import org.esip.line.volunteer.api.Team;
import org.esip.line.volunteer.api.TeamDraft;
import org.esip.line.volunteer.api.Volunteer;
import org.esip.line.volunteer.api.VolunteerDraft;
import org.esip.line.volunteer.api.VolunteerRegistry;
import org.esip.line.volunteer.api.VolunteerRequest;
import org.esip.registry.api.ImportReport;

/**
 * The volunteer line's REST API under {@code /api/v1/lines/volunteer/} (clause 5.2.6): volunteers, teams, activities
 * with sign-ups, service records with evaluations, annual statistics and certificates, requests for help.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteerResource {
    /** {"volunteerId": 7}. */
    public record MemberBody(Long volunteerId) {
    }

    /** A sign-up: role and volunteer, an optional note. */
    public record SignUpBody(Long roleId, Long volunteerId, String note) {
    }

    /** A decision or confirmation: the version read, and a note (the reason of a rejection). */
    public record Decision(Long version, String note) {
    }

    /** An evaluation: 1–5 stars or a grade's name, and a comment. */
    public record Rating(String grade, String comment) {
    }

    private final VolunteerRegistry registry;
    private final ActivityService activities;
    private final RecordService records;
    private final RequestService requests;

    VolunteerResource(VolunteerRegistry registry, ActivityService activities, RecordService records,
            RequestService requests) {
        this.registry = registry;
        this.activities = activities;
        this.records = records;
        this.requests = requests;
    }

    private static Actor caller(SecurityContext sc) {
        return LineAccess.caller(sc.getUserPrincipal());
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    private static long version(String value) {
        Long v = RequestParams.optionalLong("version", value);
        if (v == null) {
            throw TEXTS.invalid("version", "field.required");
        }
        return v;
    }

    /** Optional whole numbers of a query ({@code field, value, field, value, ...}); one 400 naming each bad one. */
    private static Long[] longs(String... fieldsAndValues) {
        FieldChecks c = new FieldChecks(TEXTS);
        Long[] out = new Long[fieldsAndValues.length / 2];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = RequestParams.optionalLong(fieldsAndValues[2 * i], fieldsAndValues[2 * i + 1]);
            } catch (ValidationException e) {
                c.add(TEXTS.violation(fieldsAndValues[2 * i], "param.not-integer"));
            }
        }
        c.throwIfAny();
        return out;
    }

    private static int year(String value) {
        Integer y = RequestParams.optionalInt("year", value);
        return y == null ? LocalDate.now(VolunteerRules.ZONE).getYear() : y;
    }

    // ---- volunteers and teams (5.2.6.1)

    @GET
    @Path("volunteers")
    public List<Volunteer> volunteers(@Context SecurityContext sc, @QueryParam("organisationId") String org,
            @QueryParam("teamId") String team, @QueryParam("q") String q) {
        Actor a = caller(sc);
        Long[] v = longs("organisationId", org, "teamId", team);
        return registry.list(a, v[0], v[1], q);
    }

    @POST
    @Path("volunteers")
    public Response register(@Context SecurityContext sc, VolunteerDraft draft) {
        return created(registry.register(caller(sc), draft));
    }

    @GET
    @Path("volunteers/{id}")
    public Volunteer volunteer(@Context SecurityContext sc, @PathParam("id") String id) {
        return registry.get(caller(sc), RequestParams.id(id));
    }

    @PUT
    @Path("volunteers/{id}")
    public Volunteer update(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("version") String version, VolunteerDraft draft) {
        Actor a = caller(sc);
        return registry.update(a, RequestParams.id(id), version(version), draft);
    }

    /** XLSX or CSV (UTF-8): 200 with the row report when stored (or a dry run); 422 with it when any row is wrong. */
    @POST
    @Path("volunteers/import")
    @Consumes({"text/csv", "application/csv", "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.APPLICATION_OCTET_STREAM})
    public Response importVolunteers(@Context SecurityContext sc, @HeaderParam("Content-Type") String type,
            @QueryParam("dryRun") String dryRun, byte[] body) {
        Actor a = caller(sc);
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        TableFormat format = t.contains("spreadsheetml") || t.contains("octet") ? TableFormat.XLSX : TableFormat.CSV;
        ImportReport report = registry.importTable(a, body, format, "true".equalsIgnoreCase(dryRun));
        return Response.status(report.rejected() > 0 ? 422 : 200).entity(report).build();
    }

    /** The certificate of service hours (志愿服务时长证明) as PDF. */
    @GET
    @Path("volunteers/{id}/certificate")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response certificate(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("year") String year) {
        Actor a = caller(sc);
        long volunteer = RequestParams.id(id);
        int y = year(year);
        return Response.ok(records.certificate(a, volunteer, y), "application/pdf").header("Content-Disposition",
                "inline; filename=\"volunteer-hours-" + volunteer + "-" + y + ".pdf\"").build();
    }

    @GET
    @Path("teams")
    public List<Team> teams(@Context SecurityContext sc, @QueryParam("organisationId") String org) {
        Actor a = caller(sc);
        return registry.teams(a, RequestParams.optionalLong("organisationId", org));
    }

    @POST
    @Path("teams")
    public Response createTeam(@Context SecurityContext sc, TeamDraft draft) {
        return created(registry.createTeam(caller(sc), draft));
    }

    @GET
    @Path("teams/{id}")
    public Team team(@Context SecurityContext sc, @PathParam("id") String id) {
        return registry.team(caller(sc), RequestParams.id(id));
    }

    @POST
    @Path("teams/{id}/members")
    public Team join(@Context SecurityContext sc, @PathParam("id") String id, MemberBody body) {
        Actor a = caller(sc);
        long team = RequestParams.id(id);
        Long volunteer = body == null ? null : body.volunteerId();
        new FieldChecks(TEXTS).required("volunteerId", volunteer).throwIfAny();
        return registry.addMember(a, team, volunteer);
    }

    @DELETE
    @Path("teams/{id}/members/{volunteerId}")
    public Team leave(@Context SecurityContext sc, @PathParam("id") String id,
            @PathParam("volunteerId") String volunteerId) {
        return registry.removeMember(caller(sc), RequestParams.id(id), RequestParams.id(volunteerId));
    }

    // ---- activities and sign-ups (5.2.6.2)

    @GET
    @Path("activities")
    public List<Activity> activities(@Context SecurityContext sc, @QueryParam("organisationId") String org,
            @QueryParam("year") String year) {
        Actor a = caller(sc);
        Long[] v = longs("organisationId", org, "year", year);
        return activities.list(a, v[0], v[1] == null ? null : (int) Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, v[1])));
    }

    @POST
    @Path("activities")
    public Response createActivity(@Context SecurityContext sc, ActivityDraft draft) {
        return created(activities.create(caller(sc), draft));
    }

    @GET
    @Path("activities/{id}")
    public Activity activity(@Context SecurityContext sc, @PathParam("id") String id) {
        return activities.get(caller(sc), RequestParams.id(id));
    }

    @GET
    @Path("activities/{id}/signups")
    public List<SignUp> signUps(@Context SecurityContext sc, @PathParam("id") String id) {
        return activities.signUps(caller(sc), RequestParams.id(id));
    }

    @POST
    @Path("activities/{id}/signups")
    public Response signUp(@Context SecurityContext sc, @PathParam("id") String id, SignUpBody body) {
        Actor a = caller(sc);
        SignUpBody b = body == null ? new SignUpBody(null, null, null) : body;
        return created(activities.signUp(a, RequestParams.id(id), b.roleId(), b.volunteerId(), b.note()));
    }

    @POST
    @Path("signups/{id}/confirm")
    public SignUp confirmSignUp(@Context SecurityContext sc, @PathParam("id") String id, Decision body) {
        Actor a = caller(sc);
        return activities.decide(a, RequestParams.id(id), body == null ? null : body.version(), true,
                body == null ? null : body.note());
    }

    @POST
    @Path("signups/{id}/reject")
    public SignUp rejectSignUp(@Context SecurityContext sc, @PathParam("id") String id, Decision body) {
        Actor a = caller(sc);
        return activities.decide(a, RequestParams.id(id), body == null ? null : body.version(), false,
                body == null ? null : body.note());
    }

    // ---- service records (志愿服务记录)

    @POST
    @Path("activities/{id}/records")
    public Response writeRecord(@Context SecurityContext sc, @PathParam("id") String id, RecordDraft draft) {
        Actor a = caller(sc);
        return created(records.write(a, RequestParams.id(id), draft));
    }

    @GET
    @Path("records")
    public List<ServiceRecord> records(@Context SecurityContext sc, @QueryParam("activityId") String activity,
            @QueryParam("volunteerId") String volunteer, @QueryParam("enterpriseId") String enterprise) {
        Actor a = caller(sc);
        Long[] v = longs("activityId", activity, "volunteerId", volunteer, "enterpriseId", enterprise);
        return records.list(a, v[0], v[1], v[2]);
    }

    @GET
    @Path("records/{id}")
    public ServiceRecord record(@Context SecurityContext sc, @PathParam("id") String id) {
        return records.get(caller(sc), RequestParams.id(id));
    }

    @PUT
    @Path("records/{id}")
    public ServiceRecord updateRecord(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("version") String version, RecordDraft draft) {
        Actor a = caller(sc);
        return records.update(a, RequestParams.id(id), RequestParams.optionalLong("version", version), draft);
    }

    @POST
    @Path("records/{id}/confirm")
    public ServiceRecord confirmRecord(@Context SecurityContext sc, @PathParam("id") String id, Decision body) {
        Actor a = caller(sc);
        return records.confirm(a, RequestParams.id(id), body == null ? null : body.version());
    }

    @POST
    @Path("records/{id}/amendments")
    public Response amend(@Context SecurityContext sc, @PathParam("id") String id, RecordDraft draft) {
        Actor a = caller(sc);
        return created(records.amend(a, RequestParams.id(id), draft));
    }

    @POST
    @Path("records/{id}/evaluation")
    public ServiceRecord evaluate(@Context SecurityContext sc, @PathParam("id") String id, Rating body) {
        Actor a = caller(sc);
        long record = RequestParams.id(id);
        Rating r = body == null ? new Rating(null, null) : body;
        FieldChecks c = new FieldChecks(TEXTS).required("grade", r.grade());
        if (r.grade() != null && !r.grade().isBlank()) {
            c.check("grade", VolunteerRules.grade(r.grade()) != null, "record.grade.invalid");
        }
        c.maxLength("comment", r.comment(), 1000).throwIfAny();
        return records.evaluate(a, record, VolunteerRules.grade(r.grade()), r.comment());
    }

    @GET
    @Path("statistics")
    public List<AnnualFigures> statistics(@Context SecurityContext sc, @QueryParam("by") String by,
            @QueryParam("year") String year) {
        Actor a = caller(sc);
        return records.statistics(a, by, year(year));
    }

    // ---- requests for volunteer help (ticket category volunteer.request)

    @GET
    @Path("requests")
    public List<VolunteerRequest> requests(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterprise) {
        Actor a = caller(sc);
        return requests.list(a, RequestParams.optionalLong("enterpriseId", enterprise));
    }

    @POST
    @Path("requests")
    public Response request(@Context SecurityContext sc, @HeaderParam("Idempotency-Key") String key,
            RequestDraft draft) {
        return created(requests.submit(caller(sc), draft, key));
    }
}

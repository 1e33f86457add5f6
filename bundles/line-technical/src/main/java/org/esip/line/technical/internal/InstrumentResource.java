package org.esip.line.technical.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

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
import org.esip.core.api.FieldViolation;
import org.esip.core.api.Page;
import org.esip.core.api.PublicInformation;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.technical.api.Instrument;
import org.esip.line.technical.api.InstrumentDraft;
import org.esip.line.technical.api.SlotBooking;

/**
 * {@code /api/v1/lines/technical/instruments} and {@code /instrument-bookings}: shared instruments (仪器设备共享),
 * their booking calendar, bookings and the use recorded.
 */
@Path("/instruments")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {
    private final Instruments instruments;
    private final TechnicalImport imports;

    InstrumentResource(Instruments instruments, TechnicalImport imports) {
        this.instruments = instruments;
        this.imports = imports;
    }

    /** A booking of the calendar; times as ISO instants with an offset, e.g. {@code 2026-12-08T09:00:00+08:00}. */
    public record SlotBody(Long enterpriseId, String startsAt, String endsAt, String purpose) {
    }

    /** The use of a booking. */
    public record UseBody(Long version, BigDecimal hours, String usedBy) {
    }

    /** A step on a record at its version. */
    public record VersionBody(Long version) {
    }

    @GET
    @PublicInformation
    public Page<Instrument> search(@QueryParam("q") String q, @QueryParam("organisationId") String organisationId,
            @QueryParam("region") String region, @QueryParam("page") String page, @QueryParam("size") String size) {
        return instruments.search(q, RequestParams.optionalLong("organisationId", organisationId), region,
                RequestParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @PublicInformation
    public Instrument get(@PathParam("id") String id) {
        return instruments.get(RequestParams.id(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, InstrumentDraft draft) {
        Instrument i = instruments.create(LineAccess.caller(sc.getUserPrincipal()), draft);
        return Response.created(URI.create("instruments/" + i.id())).entity(i).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Instrument update(@Context SecurityContext sc, @PathParam("id") String id, InstrumentDraft draft) {
        return instruments.update(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id), draft);
    }

    /** The calendar (signed-in users; another enterprise's bookings show only as taken time). */
    @GET
    @Path("{id}/calendar")
    public List<SlotBooking> calendar(@Context SecurityContext sc, @PathParam("id") String id,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        Instant f = null;
        Instant t = null;
        FieldChecks c = new FieldChecks(Technical.TEXTS);
        try {
            f = RequestParams.optionalInstant("from", from);
        } catch (RuntimeException e) {
            c.add(Technical.TEXTS.violation("from", "param.not-instant"));
        }
        try {
            t = RequestParams.optionalInstant("to", to);
        } catch (RuntimeException e) {
            c.add(Technical.TEXTS.violation("to", "param.not-instant"));
        }
        c.throwIfAny();
        return instruments.calendar(a, RequestParams.id(id), f, t);
    }

    @POST
    @Path("{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@Context SecurityContext sc, @PathParam("id") String id, SlotBody body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        SlotBody b = body == null ? new SlotBody(null, null, null, null) : body;
        FieldChecks c = new FieldChecks(Technical.TEXTS);
        Instant start = instant(c, "startsAt", b.startsAt());
        Instant end = instant(c, "endsAt", b.endsAt());
        if (!c.ok()) {
            // Report the unreadable times together with whatever else is wrong.
            c.maxLength("purpose", b.purpose(), 500);
            c.throwIfAny();
        }
        SlotBooking s = instruments.book(a, RequestParams.id(id), b.enterpriseId(), start, end, b.purpose());
        return Response.created(URI.create("instrument-bookings/" + s.id())).entity(s).build();
    }

    private static Instant instant(FieldChecks c, String field, String value) {
        try {
            return RequestParams.optionalInstant(field, value);
        } catch (RuntimeException e) {
            c.add(new FieldViolation(field, "param.not-instant", Technical.TEXTS.zh("param.not-instant"),
                    Technical.TEXTS.en("param.not-instant")));
            return null;
        }
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", "application/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response importInstruments(@Context SecurityContext sc, @HeaderParam("Content-Type") String type,
            @QueryParam("dryRun") String dryRun, byte[] body) {
        Actor a = LineAccess.maintainer(sc.getUserPrincipal());
        var report = imports.instruments(a, body, TechnicalImport.format(type), "true".equalsIgnoreCase(dryRun));
        return Response.status(report.rejected() > 0 ? 422 : 200).entity(report).build();
    }
}

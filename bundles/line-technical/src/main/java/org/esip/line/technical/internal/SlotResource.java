package org.esip.line.technical.internal;


import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.Page;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.technical.api.SlotBooking;

/** {@code /api/v1/lines/technical/instrument-bookings}: see {@link InstrumentResource}. */
@Path("/instrument-bookings")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {
    private final Instruments instruments;

    SlotResource(Instruments instruments) {
        this.instruments = instruments;
    }

    @GET
        public Page<SlotBooking> bookings(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return instruments.bookings(LineAccess.caller(sc.getUserPrincipal()),
                RequestParams.optionalLong("enterpriseId", enterpriseId), RequestParams.page(page, size));
    }

    @POST
    @Path("{id}/usage")
    @Consumes(MediaType.APPLICATION_JSON)
    public SlotBooking recordUse(@Context SecurityContext sc, @PathParam("id") String id, InstrumentResource.UseBody body) {
        InstrumentResource.UseBody b = body == null ? new InstrumentResource.UseBody(null, null, null) : body;
        return instruments.recordUse(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id), b.version(),
                b.hours(), b.usedBy());
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public SlotBooking cancel(@Context SecurityContext sc, @PathParam("id") String id, InstrumentResource.VersionBody body) {
        return instruments.cancel(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id),
                body == null ? null : body.version());
    }
}

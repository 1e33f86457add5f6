package org.esip.line.technical.internal;

import java.net.URI;

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
import org.esip.core.api.Page;
import org.esip.core.api.PublicInformation;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.technical.api.Offer;
import org.esip.line.technical.api.OfferDraft;
import org.esip.line.technical.api.ServiceRequest;
import org.esip.provider.api.ServiceDomain;

/**
 * {@code /api/v1/lines/technical/offers}: the catalogue of technical services (clause 5.2.4.1), public to browse;
 * staff keep it, an organisation keeps its own offers; enterprises book (a ticket dispatched to the organisation).
 */
@Path("/offers")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {
    private final Offers offers;
    private final Requests requests;
    private final TechnicalImport imports;

    OfferResource(Offers offers, Requests requests, TechnicalImport imports) {
        this.offers = offers;
        this.requests = requests;
        this.imports = imports;
    }

    /** A booking: the enterprise (staff name it), a note. */
    public record BookingBody(Long enterpriseId, String note) {
    }

    @GET
    @PublicInformation
    public Page<Offer> search(@QueryParam("q") String q, @QueryParam("domain") String domain,
            @QueryParam("organisationId") String organisationId, @QueryParam("bookable") String bookable,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        ServiceDomain d = null;
        if (domain != null && !domain.isBlank()) {
            d = Offers.domain(domain);
            if (d == null) {
                throw Technical.TEXTS.invalid("domain", "offer.domain-not-technical", domain);
            }
        }
        return offers.search(q, d, RequestParams.optionalLong("organisationId", organisationId),
                "true".equalsIgnoreCase(bookable), RequestParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @PublicInformation
    public Offer get(@PathParam("id") String id) {
        return offers.get(RequestParams.id(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, OfferDraft draft) {
        Offer o = offers.create(LineAccess.caller(sc.getUserPrincipal()), draft);
        return Response.created(URI.create("offers/" + o.id())).entity(o).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Offer update(@Context SecurityContext sc, @PathParam("id") String id, OfferDraft draft) {
        return offers.update(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id), draft);
    }

    /** Books an offer: 201 with the request and its ticket; 409/422 naming why the offer cannot be booked now. */
    @POST
    @Path("{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key, BookingBody body) {
        Actor a = LineAccess.caller(sc.getUserPrincipal());
        BookingBody b = body == null ? new BookingBody(null, null) : body;
        ServiceRequest r = requests.book(a, RequestParams.id(id), b.enterpriseId(), b.note(), key);
        return Response.created(URI.create("requests/" + r.id())).entity(r).build();
    }

    /** Bulk import, all or nothing: 200 with the row report (or a dry run), 422 with it when any row failed. */
    @POST
    @Path("import")
    @Consumes({"text/csv", "application/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response importOffers(@Context SecurityContext sc, @HeaderParam("Content-Type") String type,
            @QueryParam("dryRun") String dryRun, byte[] body) {
        Actor a = LineAccess.maintainer(sc.getUserPrincipal());
        var report = imports.offers(a, body, TechnicalImport.format(type), "true".equalsIgnoreCase(dryRun));
        return Response.status(report.rejected() > 0 ? 422 : 200).entity(report).build();
    }
}

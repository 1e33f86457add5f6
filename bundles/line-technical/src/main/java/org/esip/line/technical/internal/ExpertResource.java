package org.esip.line.technical.internal;

import java.net.URI;
import java.util.ArrayList;
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

import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.technical.api.ExpertCard;
import org.esip.line.technical.api.ServiceRequest;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertQuery;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.ServiceDomain;

/**
 * {@code /api/v1/lines/technical/experts} (the core's expert pool in the technical domains, clause 5.2.4.3, without
 * contact data) with consultation requests, and {@code /requests}: bookings and consultations with their tickets.
 */
@Path("/experts")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertResource {
    private final ExpertService experts;
    private final Requests requests;

    ExpertResource(ExpertService experts, Requests requests) {
        this.experts = experts;
        this.requests = requests;
    }

    /** A consultation or introduction asked of an expert. */
    public record ConsultBody(Long enterpriseId, String topic, String note) {
    }

    static ExpertCard card(Expert e) {
        List<ServiceDomain> domains = e.domains().stream().filter(ServiceDomain::technical).sorted().toList();
        return new ExpertCard(e.id(), e.name(), e.title(), e.seniorTitle(), e.employer(),
                domains.stream().map(Enum::name).toList(), domains.stream().map(ServiceDomain::nameZh).toList(),
                e.tags().stream().sorted().toList());
    }

    /** Pooled experts of the technical domains (signed-in users), optionally of one domain. */
    @GET
    public Page<ExpertCard> experts(@Context SecurityContext sc, @QueryParam("domain") String domain,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        LineAccess.caller(sc.getUserPrincipal());
        ServiceDomain d = null;
        if (domain != null && !domain.isBlank()) {
            d = Offers.domain(domain);
            if (d == null) {
                throw Technical.TEXTS.invalid("domain", "offer.domain-not-technical", domain);
            }
        }
        PageRequest p = RequestParams.page(page, size);
        if (d != null) {
            Page<Expert> found = experts.search(new ExpertQuery(q, d, null, null, true, null, "name"), p);
            return new Page<>(found.items().stream().map(ExpertResource::card).toList(), found.page(), found.size(),
                    found.total());
        }
        // Every technical domain: the pool's experts who serve at least one of them.
        List<ExpertCard> all = new ArrayList<>();
        for (int n = 0; ; n++) {
            Page<Expert> chunk = experts.search(new ExpertQuery(q, null, null, null, true, null, "name"),
                    new PageRequest(n, PageRequest.MAX_SIZE));
            chunk.items().stream().filter(e -> e.domains().stream().anyMatch(ServiceDomain::technical))
                    .map(ExpertResource::card).forEach(all::add);
            if (chunk.items().size() < PageRequest.MAX_SIZE || n > 50) {
                break;
            }
        }
        int from = Math.min(all.size(), p.page() * p.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + p.size())), p.page(), p.size(), all.size());
    }

    @POST
    @Path("{id}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response consult(@Context SecurityContext sc, @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key, ConsultBody body) {
        ConsultBody b = body == null ? new ConsultBody(null, null, null) : body;
        ServiceRequest r = requests.consult(LineAccess.caller(sc.getUserPrincipal()), RequestParams.id(id),
                b.enterpriseId(), b.topic(), b.note(), key);
        return Response.created(URI.create("requests/" + r.id())).entity(r).build();
    }}

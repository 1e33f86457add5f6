package org.esip.line.sample.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.esip.core.api.PublicInformation;

/**
 * {@code GET /api/v1/lines/sample/catalogue}: the service items this line offers, with how often each was
 * looked at; {@code GET /api/v1/lines/sample/catalogue/{code}}: one item, counted as a look. Both public.
 */
@PublicInformation
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    private final SampleCatalogue catalogue;

    CatalogueResource(SampleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public List<SampleCatalogue.ItemViews> catalogue() {
        return catalogue.items();
    }

    @GET
    @Path("{code}")
    public SampleCatalogue.ItemViews item(@PathParam("code") String code) {
        return catalogue.view(code).orElseThrow(() -> SampleServiceLine.TEXTS.notFound("sample.item-not-found", code));
    }
}

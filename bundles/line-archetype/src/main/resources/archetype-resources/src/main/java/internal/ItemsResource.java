package ${package}.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.esip.core.api.PublicInformation;

/**
 * {@code GET /api/v1/lines/${lineId}/items}: the line's catalogue with views; {@code GET .../items/{code}}:
 * one item, counted as a look. Public information; without {@link PublicInformation} a resource needs a
 * token, and the platform's roles apply. Errors are the platform's problem+json, Chinese and English.
 */
@PublicInformation
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {
    private final LineCatalogue catalogue;

    ItemsResource(LineCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public List<LineCatalogue.ItemViews> items() {
        return catalogue.items();
    }

    @GET
    @Path("{code}")
    public LineCatalogue.ItemViews item(@PathParam("code") String code) {
        return catalogue.view(code).orElseThrow(() -> LineComponent.TEXTS.notFound(LineComponent.ID + ".item-not-found", code));
    }
}

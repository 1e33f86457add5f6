package org.esip.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 description of the whole REST API as it answers now, the core
 * and every service line published at this moment ({@link ApiDescription}). Any signed-in user may read it (the web
 * front's Swagger UI at {@code /api/docs/} reads it with the session cookie); it is built again only when a line
 * comes or goes.
 */
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = ApiDescriptionResource.class)
public class ApiDescriptionResource {
    private final LineEndpoints lines;
    private final String version;
    private long builtFor = -1;
    private ObjectNode document;

    @Activate
    public ApiDescriptionResource(@Reference LineEndpoints lines) {
        this.lines = lines;
        this.version = FrameworkUtil.getBundle(ApiDescriptionResource.class).getVersion().toString();
    }

    /** The core's resources: those at {@code /api/v1} ({@link RestApi}) and the pages' menu at {@code /api/v1/web}. */
    static List<ApiDescription.Group> coreGroups() {
        return List.of(new ApiDescription.Group("", null, RestApi.RESOURCES),
                new ApiDescription.Group("/web", null, List.of(WebMenuEndpoint.MenuResource.class)));
    }

    @GET
    @PermitAll
    public synchronized ObjectNode description() {
        LineEndpoints.Published published = lines.published();
        if (document == null || builtFor != published.changes()) {
            List<ApiDescription.Group> groups = new ArrayList<>(coreGroups());
            published.resources().forEach((id, classes) -> groups.add(new ApiDescription.Group("/lines/" + id, id,
                    classes)));
            document = ApiDescription.document(version, groups);
            builtFor = published.changes();
        }
        return document;
    }
}

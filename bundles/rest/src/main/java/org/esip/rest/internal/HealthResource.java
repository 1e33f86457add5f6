package org.esip.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.esip.core.api.PublicInformation;
import org.esip.platform.api.PlatformService;
import org.esip.platform.api.PlatformStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/health}: open to everyone, 200 when the platform is up (also when {@code DEGRADED}: a disk
 * it writes to is nearly full, named in {@code disks}), 503 when its database is not.
 */
@PublicInformation
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = HealthResource.class)
public class HealthResource {
    private final PlatformService platform;

    @Activate
    public HealthResource(@Reference PlatformService platform) {
        this.platform = platform;
    }

    @GET
    public Response health() {
        PlatformStatus status = platform.status();
        return Response.status("DOWN".equals(status.status()) ? 503 : 200).entity(status).build();
    }
}

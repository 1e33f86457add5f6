package org.esip.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.esip.core.api.PublicInformation;
import org.esip.platform.api.PlatformIdentity;
import org.esip.platform.api.PlatformService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/platform}: who this platform is (clause 4.3.1), its region and name in Chinese and
 * English from its configuration, for every page's header. Open to everyone; nothing about its health.
 */
@PublicInformation
@Path("/platform")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = PlatformResource.class)
public class PlatformResource {
    private final PlatformService platform;

    @Activate
    public PlatformResource(@Reference PlatformService platform) {
        this.platform = platform;
    }

    @GET
    public PlatformIdentity identity() {
        return platform.identity();
    }
}

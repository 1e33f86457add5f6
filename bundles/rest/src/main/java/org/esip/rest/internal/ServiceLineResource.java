package org.esip.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.esip.core.api.PublicInformation;
import org.esip.line.api.ServiceLineInfo;
import org.esip.line.api.ServiceLineRegistry;

/** {@code GET /api/v1/service-lines}: the service lines installed right now. */
@PublicInformation
@Path("/service-lines")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceLineResource {
    private final ServiceLineRegistry lines;

    ServiceLineResource(ServiceLineRegistry lines) {
        this.lines = lines;
    }

    @GET
    public List<ServiceLineInfo> installed() {
        return lines.installed();
    }
}

package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.STAFF;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.esip.core.api.PublicInformation;
import org.esip.line.api.RefusedServiceLine;
import org.esip.line.api.ServiceLineInfo;
import org.esip.line.api.ServiceLineRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/service-lines}: the service lines installed right now, each with its catalogue,
 * ticket categories and indicators (public); {@code GET /api/v1/service-lines/refused}: registered lines
 * the platform refused, with the reasons (readers).
 */
@Path("/service-lines")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = ServiceLineResource.class)
public class ServiceLineResource {
    private final ServiceLineRegistry lines;

    @Activate
    public ServiceLineResource(@Reference ServiceLineRegistry lines) {
        this.lines = lines;
    }

    @GET
    @PublicInformation
    public List<ServiceLineInfo> installed() {
        return lines.installed();
    }

    /** The core API version lines are checked against, and the lines refused. */
    public record Refusals(String coreApiVersion, List<RefusedServiceLine> refused) {
    }

    @GET
    @Path("refused")
    @RolesAllowed({ADMIN, STAFF, AUDITOR})
    public Refusals refused() {
        return new Refusals(lines.coreApiVersion(), lines.refused());
    }
}

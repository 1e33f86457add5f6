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

import org.esip.line.api.IndicatorValue;
import org.esip.line.api.ServiceLineRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/indicators}: every installed service line's evaluation indicators, measured now
 * (clause 7.1.1). Staff, administrators and auditors.
 */
@Path("/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = IndicatorResource.class)
public class IndicatorResource {
    private final ServiceLineRegistry lines;

    @Activate
    public IndicatorResource(@Reference ServiceLineRegistry lines) {
        this.lines = lines;
    }

    @GET
    @RolesAllowed({ADMIN, STAFF, AUDITOR})
    public List<IndicatorValue> indicators() {
        return lines.measureIndicators();
    }
}

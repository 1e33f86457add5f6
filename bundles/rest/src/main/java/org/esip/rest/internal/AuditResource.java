package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.esip.audit.api.AuditEntry;
import org.esip.audit.api.AuditQuery;
import org.esip.audit.api.AuditService;
import org.esip.core.api.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit log: every change to a registry record, for auditors and administrators (clause 4.4.2). */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = AuditResource.class)
public class AuditResource {
    private final AuditService audit;

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({ADMIN, AUDITOR})
    public Page<AuditEntry> search(@QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return audit.search(new AuditQuery(blankToNull(entityType), blankToNull(entityId), blankToNull(actor),
                Params.optionalInstant("from", from), Params.optionalInstant("to", to)), Params.page(page, size));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

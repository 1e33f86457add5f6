package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.ENTERPRISE;
import static org.esip.rest.internal.Roles.STAFF;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.esip.archive.api.ArchiveFile;
import org.esip.archive.api.ArchiveService;
import org.esip.archive.api.ArchiveVerification;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.Page;
import org.esip.core.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The archive (clause 6.4): the sealed file of every closed ticket with its amendments, verification of
 * the whole chain, retention, and the archives of service organisations.
 */
@Path("/archive")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = ArchiveResource.class)
public class ArchiveResource {
    private final ArchiveService archive;

    @Activate
    public ArchiveResource(@Reference ArchiveService archive) {
        this.archive = archive;
    }

    /** The body of an amendment. */
    public record AmendmentBody(String text) {
    }

    @GET
    @Path("files")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE})
    public Page<ArchiveFile> list(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Long requested = Params.optionalLong("enterpriseId", enterpriseId);
        Actor actor = Access.actor(sc);
        if (actor.has(Role.ENTERPRISE)) {
            requested = Access.readEnterprise(sc, requested == null ? actor.enterpriseId() : requested).enterpriseId();
        }
        return archive.list(requested, Params.page(page, size));
    }

    @GET
    @Path("files/{id}")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE})
    public ArchiveFile get(@Context SecurityContext sc, @PathParam("id") String id) {
        ArchiveFile f = archive.get(Params.id(id));
        Access.orNotFound(sc, () -> Access.readEnterprise(sc, f.enterpriseId()), () -> Access.archiveNotFound(f.id()));
        return f;
    }

    /** Appends a correction to a sealed file; the file stays as sealed. Staff and administrators. */
    @POST
    @Path("files/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public ArchiveFile amend(@Context SecurityContext sc, @PathParam("id") String id, AmendmentBody body) {
        Actor actor = Access.actor(sc);
        List<FieldViolation> errors = new ArrayList<>();
        Params.required("body", body, errors);
        Params.throwIfAny(errors);
        return archive.amend(actor, Params.id(id), body.text());
    }

    /** Purges a file whose retention has passed; refused (409 on retainUntil) before. Administrators. */
    @DELETE
    @Path("files/{id}")
    @RolesAllowed(ADMIN)
    public ArchiveFile purge(@Context SecurityContext sc, @PathParam("id") String id) {
        Actor actor = Access.actor(sc);
        return archive.purge(actor, Params.id(id));
    }

    /** Walks the whole chain and the content store. Administrators and auditors. */
    @GET
    @Path("verification")
    @RolesAllowed({ADMIN, AUDITOR})
    public ArchiveVerification verify() {
        return archive.verify();
    }
}

package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;

import java.net.URI;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.backup.api.Backup;
import org.esip.backup.api.BackupService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Backups for administrators (clause 6.4.4): take one now, list those in the backup directory. Restoring
 * is done on the platform's machine with the console command {@code esip:restore}.
 */
@Path("/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = BackupResource.class)
public class BackupResource {
    private final BackupService backups;

    @Activate
    public BackupResource(@Reference BackupService backups) {
        this.backups = backups;
    }

    @POST
    @RolesAllowed(ADMIN)
    public Response take(@Context SecurityContext sc) {
        Backup backup = backups.backup(Access.actor(sc));
        return Response.created(URI.create("admin/backups/" + backup.name())).entity(backup).build();
    }

    @GET
    @RolesAllowed(ADMIN)
    public List<Backup> list(@Context SecurityContext sc) {
        return backups.list(Access.actor(sc));
    }
}

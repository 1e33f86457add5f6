package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.STAFF;

import java.util.List;
import java.util.Locale;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.NotFoundException;
import org.esip.core.api.PublicInformation;
import org.esip.disclosure.api.DisclosureContent;
import org.esip.disclosure.api.DisclosureKind;
import org.esip.disclosure.api.DisclosureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's disclosed content (clause 4.2.6) for the public site: {@code GET /disclosure?kind=SECTION|NOTICE}
 * and {@code GET /disclosure/{key}} answer everyone; {@code PUT /disclosure/{key}} (create with no
 * {@code version}, update with the current one) and {@code DELETE /disclosure/{key}} are for staff and administrators.
 */
@Path("/disclosure")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = DisclosureResource.class)
public class DisclosureResource {
    private final DisclosureService disclosure;

    @Activate
    public DisclosureResource(@Reference DisclosureService disclosure) {
        this.disclosure = disclosure;
    }

    @GET
    @PublicInformation
    public List<DisclosureContent> list(@QueryParam("kind") String kind) {
        DisclosureKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = DisclosureKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                Params.throwIfAny(List.of(RestMessages.violation("kind", "field.invalid-value", "SECTION, NOTICE")));
            }
        }
        return disclosure.list(k);
    }

    @GET
    @Path("{key}")
    @PublicInformation
    public DisclosureContent get(@PathParam("key") String key) {
        return disclosure.find(key).orElseThrow(() -> new NotFoundException("disclosure.not-found",
                "不存在公开内容 " + key, "There is no disclosed content " + key));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public DisclosureContent put(@Context SecurityContext sc, @PathParam("key") String key, DisclosureContent content) {
        return disclosure.put(Access.actor(sc), key, content);
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed({ADMIN, STAFF})
    public Response delete(@Context SecurityContext sc, @PathParam("key") String key) {
        disclosure.remove(Access.actor(sc), key);
        return Response.noContent().build();
    }
}

package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.STAFF;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.registry.api.TagCategory;
import org.esip.registry.api.TagDefinition;
import org.esip.registry.api.TagService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The controlled tag vocabulary: every signed-in user reads it, staff manage it. */
@Path("/tags")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = TagResource.class)
public class TagResource {
    private final TagService tags;

    @Activate
    public TagResource(@Reference TagService tags) {
        this.tags = tags;
    }

    @GET
    @PermitAll
    public List<TagDefinition> list(@QueryParam("category") String category, @QueryParam("retired") String retired) {
        return tags.list(Params.optionalEnum("category", category, TagCategory.class), "true".equalsIgnoreCase(retired));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Response define(@Context SecurityContext sc, TagDefinition tag) {
        TagDefinition t = tags.define(Access.actor(sc), tag);
        return Response.created(URI.create("tags/" + URLEncoder.encode(t.code(),
                StandardCharsets.UTF_8))).entity(t).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public TagDefinition update(@Context SecurityContext sc, @PathParam("code") String code, TagDefinition tag) {
        return tags.update(Access.actor(sc), code, tag);
    }
}

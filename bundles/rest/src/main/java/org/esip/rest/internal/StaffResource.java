package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.STAFF;

import java.net.URI;

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

import org.esip.core.api.Page;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffPost;
import org.esip.provider.api.StaffQuery;
import org.esip.provider.api.StaffRegistration;
import org.esip.provider.api.StaffService;
import org.esip.provider.api.TrainingRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The platform's staff and their training (clause 6.2.1): staff, administrators and auditors only. */
@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = StaffResource.class)
public class StaffResource {
    private final StaffService staff;

    @Activate
    public StaffResource(@Reference StaffService staff) {
        this.staff = staff;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Response create(@Context SecurityContext sc, StaffRegistration registration) {
        StaffMember m = staff.create(Access.actor(sc), registration);
        return Response.created(URI.create("staff/" + m.id())).entity(m).build();
    }

    @GET
    @RolesAllowed({ADMIN, STAFF, AUDITOR})
    public Page<StaffMember> search(@QueryParam("q") String text,
            @QueryParam("post") String post, @QueryParam("servicePointId") String servicePointId,
            @QueryParam("fullTime") String fullTime, @QueryParam("active") String active,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        return staff.search(new StaffQuery(text, Params.optionalEnum("post", post, StaffPost.class),
                Params.optionalLong("servicePointId", servicePointId),
                Params.optionalBoolean("fullTime", fullTime), Params.optionalBoolean("active", active), sort),
                Params.page(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, STAFF, AUDITOR})
    public StaffMember get(@PathParam("id") String id) {
        return staff.get(Params.id(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public StaffMember update(@Context SecurityContext sc, @PathParam("id") String id, StaffRegistration update) {
        return staff.update(Access.actor(sc), Params.id(id), update);
    }

    @POST
    @Path("{id}/training")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public StaffMember addTraining(@Context SecurityContext sc, @PathParam("id") String id, TrainingRecord training) {
        return staff.addTraining(Access.actor(sc), Params.id(id), training);
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public StaffMember retire(@Context SecurityContext sc, @PathParam("id") String id,
            EnterpriseResource.Retirement retirement) {
        var actor = Access.actor(sc);
        return staff.retire(actor, Params.id(id), OrganisationResource.version(retirement), retirement.reason());
    }
}

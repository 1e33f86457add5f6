package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.STAFF;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

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
import org.esip.core.api.PublicInformation;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.ServicePoint;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointRegistration;
import org.esip.provider.api.ServicePointService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The platform's windows and township centres (clauses 4.2.5, 5.1.3 c), and the service domains. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = ServicePointResource.class)
public class ServicePointResource {
    private final ServicePointService points;

    @Activate
    public ServicePointResource(@Reference ServicePointService points) {
        this.points = points;
    }

    /** A service domain with its names, for forms and filters. */
    public record Domain(ServiceDomain code, String nameZh, String nameEn, boolean technical) {
    }

    /** Public information: what the platform serves. */
    @GET
    @Path("service-domains")
    @PublicInformation
    public List<Domain> domains() {
        return Arrays.stream(ServiceDomain.values()).map(d -> new Domain(d, d.nameZh(), d.nameEn(), d.technical()))
                .toList();
    }

    @POST
    @Path("service-points")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Response create(@Context SecurityContext sc, ServicePointRegistration registration) {
        ServicePoint p = points.create(Access.actor(sc), registration);
        return Response.created(URI.create("service-points/" + p.id())).entity(p).build();
    }

    /**
     * Public information: where enterprises are served in person (active points). Retired points
     * ({@code active=false}) are the platform's own records: readers only.
     */
    @GET
    @Path("service-points")
    @PublicInformation
    public Page<ServicePoint> search(@Context SecurityContext sc, @QueryParam("q") String text,
            @QueryParam("kind") String kind, @QueryParam("region") String region, @QueryParam("active") String active,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        Boolean onlyActive = Params.optionalBoolean("active", active);
        if (Boolean.FALSE.equals(onlyActive)) {
            Access.reader(sc);
        }
        return points.search(text, Params.optionalEnum("kind", kind, ServicePointKind.class), region,
                onlyActive == null ? Boolean.TRUE : onlyActive, sort, Params.page(page, size));
    }

    @GET
    @Path("service-points/{id}")
    @PublicInformation
    public ServicePoint get(@PathParam("id") String id) {
        return points.get(Params.id(id));
    }

    @PUT
    @Path("service-points/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public ServicePoint update(@Context SecurityContext sc, @PathParam("id") String id, ServicePointRegistration update) {
        return points.update(Access.actor(sc), Params.id(id), update);
    }

    @POST
    @Path("service-points/{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public ServicePoint retire(@Context SecurityContext sc, @PathParam("id") String id,
            EnterpriseResource.Retirement retirement) {
        var actor = Access.actor(sc);
        return points.retire(actor, Params.id(id), OrganisationResource.version(retirement), retirement.reason());
    }
}

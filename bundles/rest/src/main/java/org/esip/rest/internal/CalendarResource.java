package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.STAFF;

import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.esip.ticketing.api.CalendarDay;
import org.esip.ticketing.api.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The working-day calendar: staff import each year's holidays and adjusted working days. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = CalendarResource.class)
public class CalendarResource {
    private final WorkingCalendar calendar;

    @Activate
    public CalendarResource(@Reference WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("{year}")
    @PermitAll
    public List<CalendarDay> year(@PathParam("year") String year) {
        return calendar.year(Params.clampedInt(year));
    }

    /** Replaces the year's special days: {@code [{"date":"2026-10-01","kind":"HOLIDAY","name":"国庆节"}, …]}. */
    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public List<CalendarDay> importYear(@Context SecurityContext sc, @PathParam("year") String year,
            List<CalendarDay> days) {
        return calendar.importYear(Access.actor(sc), Params.clampedInt(year), days);
    }
}

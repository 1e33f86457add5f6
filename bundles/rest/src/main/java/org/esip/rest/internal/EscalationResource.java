package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.esip.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The check of time-limited handling (clause 6.1 a) run on demand, beside the scheduled one. */
@Path("/tickets/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = EscalationResource.class)
public class EscalationResource {
    private final TicketService tickets;

    @Activate
    public EscalationResource(@Reference TicketService tickets) {
        this.tickets = tickets;
    }

    /**
     * Runs the deadline check now, as the scheduled check does: every ticket past a deadline is escalated
     * once. For administrators. {@code asOf} absent, {@code now} or a date up to today escalates for real; a
     * date after today (a look ahead) or {@code dryRun=true} is a dry run: the tickets that would be escalated
     * are listed and nothing is marked, recorded or sent. Header {@code Esip-Dry-Run} says which it was.
     */
    @POST
    @RolesAllowed(ADMIN)
    public Response escalate(@QueryParam("asOf") String asOf, @QueryParam("dryRun") String dryRun) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        boolean now = asOf == null || asOf.isBlank() || "now".equalsIgnoreCase(asOf.strip());
        LocalDate date = now ? today
                : Params.optionalInstant("asOf", asOf).atZone(ZoneOffset.UTC).toLocalDate();
        boolean dry = Boolean.TRUE.equals(Params.optionalBoolean("dryRun", dryRun)) || date.isAfter(today);
        return Response.ok(tickets.escalateOverdue(date, dry)).header("Esip-Dry-Run", dry).build();
    }
}

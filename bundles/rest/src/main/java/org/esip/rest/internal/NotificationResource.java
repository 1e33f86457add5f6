package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.ENTERPRISE;
import static org.esip.rest.internal.Roles.STAFF;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.Page;
import org.esip.core.api.Role;
import org.esip.notification.api.Delivery;
import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The caller's website inbox: an enterprise user reads its enterprise's, everyone else their own. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = NotificationResource.class)
public class NotificationResource {
    private final NotificationService notifications;

    @Activate
    public NotificationResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @PermitAll
    public Page<Notification> inbox(@Context SecurityContext sc, @QueryParam("unread") String unread,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Actor actor = Access.actor(sc);
        Recipient me = actor.has(Role.ENTERPRISE) ? Recipient.enterprise(actor.enterpriseId())
                : Recipient.account(actor.username());
        return notifications.inbox(me, "true".equalsIgnoreCase(unread), Params.page(page, size));
    }

    @POST
    @Path("{id}/read")
    @PermitAll
    public Notification read(@Context SecurityContext sc, @PathParam("id") String id) {
        return notifications.markRead(Access.actor(sc), Params.id(id));
    }

    /** The enterprise whose channel choices are meant: an enterprise user's own, or the one staff name. */
    private static long chooser(SecurityContext sc, String enterpriseId) {
        Actor actor = Access.actor(sc);
        Long requested = Params.optionalLong("enterpriseId", enterpriseId);
        if (actor.has(Role.ENTERPRISE) && requested == null) {
            requested = actor.enterpriseId();
        }
        if (requested == null) {
            Params.throwIfAny(new ArrayList<>(List.of(new FieldViolation("enterpriseId",
                    "field.required", "此项为必填项", "This field is required"))));
        }
        return requested;
    }

    /** Which channels besides the inbox reach the enterprise (SMS, e-mail …), as it chose; all on by default. */
    @GET
    @Path("channels")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE})
    public Map<String, Boolean> channels(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId) {
        long e = chooser(sc, enterpriseId);
        Access.readEnterprise(sc, e);
        return notifications.channelChoices(e);
    }

    /** The enterprise turns channels on or off, e.g. {@code {"sms":true,"email":false}}; the inbox stays on. */
    @PUT
    @Path("channels")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE})
    public Map<String, Boolean> choose(@Context SecurityContext sc, @QueryParam("enterpriseId") String enterpriseId,
            Map<String, Boolean> choices) {
        long e = chooser(sc, enterpriseId);
        return notifications.chooseChannels(Access.changeEnterprise(sc, e), e, choices);
    }

    /** How a notification went out through SMS or e-mail, for staff following up. */
    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({ADMIN, STAFF, AUDITOR})
    public List<Delivery> deliveries(@PathParam("id") String id) {
        return notifications.deliveries(Params.id(id));
    }
}

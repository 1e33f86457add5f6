package org.esip.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.Role;
import org.esip.notification.api.Delivery;
import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationService;
import org.esip.notification.api.Recipient;

/** The caller's website inbox: an enterprise user reads its enterprise's, everyone else their own. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    private final NotificationService notifications;

    NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    public Page<Notification> inbox(@Context SecurityContext sc, @QueryParam("unread") String unread,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Actor actor = Access.actor(sc);
        Recipient me = actor.has(Role.ENTERPRISE) ? Recipient.enterprise(actor.enterpriseId())
                : Recipient.account(actor.username());
        return notifications.inbox(me, "true".equalsIgnoreCase(unread), Params.page(page, size));
    }

    @POST
    @Path("{id}/read")
    public Notification read(@Context SecurityContext sc, @PathParam("id") String id) {
        return notifications.markRead(Access.actor(sc), Params.id(id));
    }

    /** How a notification went out through SMS or e-mail, for staff following up. */
    @GET
    @Path("{id}/deliveries")
    public List<Delivery> deliveries(@Context SecurityContext sc, @PathParam("id") String id) {
        Access.reader(sc);
        return notifications.deliveries(Params.id(id));
    }
}

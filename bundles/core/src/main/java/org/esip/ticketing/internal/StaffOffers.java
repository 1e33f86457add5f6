package org.esip.ticketing.internal;

import java.util.Objects;

import javax.persistence.EntityManager;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.Role;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Jpa;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffPost;
import org.esip.provider.api.StaffService;
import org.esip.ticketing.api.AssigneeKind;

/**
 * Who answers a ticket offered to a staff member (signs for it, 签收, or returns it, 退单): that member's own
 * account (its {@code staffId}), an administrator, or an account of a director or deputy director (主任, 副主任),
 * who supervise the staff. A ticket offered to anyone else may be answered by whoever the flow lets.
 */
final class StaffOffers {
    private final Jpa jpa;
    private final StaffService staff;

    StaffOffers(Jpa jpa, StaffService staff) {
        this.jpa = jpa;
        this.staff = staff;
    }

    /** Anyone else gets a 409 on field {@code assignment.id}. */
    void requireStaffAssignee(Actor actor, TicketEntity t) {
        if (mayAnswerStaffOffer(actor.username(), actor.has(Role.ADMIN), t)) {
            return;
        }
        throw new ConflictException("ticket.not-the-assignee", "assignment.id",
                Messages.zh("ticket.not-the-assignee", t.assigneeName), Messages.en("ticket.not-the-assignee", t.assigneeName));
    }

    /** Whether this account may sign for or return {@code t} (always, unless it is assigned to a staff member). */
    boolean mayAnswerStaffOffer(String username, boolean administrator, TicketEntity t) {
        if (t.assigneeKind != AssigneeKind.STAFF || t.assigneeId == null || administrator || username.startsWith("system:")) {
            return true;
        }
        Long own = jpa.read(em -> em.createQuery("SELECT a.staffId FROM AccountEntity a WHERE a.username = :u", Long.class)
                .setParameter("u", username).getResultList().stream().filter(Objects::nonNull)
                .findFirst().orElse(null));
        if (own == null) {
            return false;
        }
        if (own.longValue() == t.assigneeId) {
            return true;
        }
        StaffMember me = staff.get(own);
        return me.active() && (me.post() == StaffPost.DIRECTOR
                || me.post() == StaffPost.DEPUTY_DIRECTOR);
    }

    static boolean isAdministrator(EntityManager em, String username) {
        return em.createQuery("SELECT COUNT(a) FROM AccountEntity a WHERE a.username = :u AND :admin MEMBER OF a.roles",
                Long.class).setParameter("u", username).setParameter("admin", Role.ADMIN).getSingleResult() > 0;
    }
}

package org.esip.core.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who does something: the authenticated account with its roles and the records it is bound to.
 * Every change a service makes is attributed to an actor in the audit log.
 *
 * @param username       the account name, or {@code system:<process>} for the platform's own work
 * @param roles          what the account may do
 * @param enterpriseId   the enterprise an {@link Role#ENTERPRISE} user belongs to, else {@code null}
 * @param organisationId the organisation an {@link Role#ORGANISATION} user belongs to, else {@code null}
 * @param expertId       the expert an {@link Role#EXPERT} account is, else {@code null}
 */
public record Actor(String username, Set<Role> roles, Long enterpriseId, Long organisationId, Long expertId) {
    public Actor {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The platform itself doing {@code process} (demo data, first start, scheduled checks). */
    public static Actor system(String process) {
        return new Actor("system:" + process, Set.of(Role.ADMIN), null, null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}

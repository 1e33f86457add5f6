package org.esip.identity.api;

import java.time.Instant;
import java.util.Set;

import org.esip.core.api.Role;

/**
 * A person's (or system's) way into the platform. The password is never part of it.
 *
 * @param enterpriseId   the enterprise an {@link Role#ENTERPRISE} account belongs to
 * @param organisationId the organisation an {@link Role#ORGANISATION} account belongs to
 * @param expertId       the expert an {@link Role#EXPERT} account is
 * @param enabled        a disabled account cannot sign in and its tokens stop working
 */
public record Account(long id, String username, String displayName, Set<Role> roles, Long enterpriseId,
        Long organisationId, Long expertId, boolean enabled, Instant createdAt, Instant passwordChangedAt,
        long version) {
    public Account {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}

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
 * @param staffId        the staff record (clause 6.2.1) a {@link Role#STAFF} account belongs to, or {@code null}
 * @param enabled        a disabled account cannot sign in and its tokens stop working
 */
public record Account(long id, String username, String displayName, Set<Role> roles, Long enterpriseId,
        Long organisationId, Long expertId, boolean enabled, Instant createdAt, Instant passwordChangedAt,
        long version, Long staffId) {
    public Account {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An account not linked to a staff record. */
    public Account(long id, String username, String displayName, Set<Role> roles, Long enterpriseId,
            Long organisationId, Long expertId, boolean enabled, Instant createdAt, Instant passwordChangedAt,
            long version) {
        this(id, username, displayName, roles, enterpriseId, organisationId, expertId, enabled, createdAt,
                passwordChangedAt, version, null);
    }
}

package org.esip.identity.api;

import java.util.Set;

import org.esip.core.api.Role;

/**
 * What is needed to open an account; validated by {@link AccountService#create}.
 *
 * @param staffId for a {@link Role#STAFF} account (optional) or an administrator's: the staff record it belongs to;
 *                a ticket assigned to that staff member is signed for by this account
 */
public record AccountRegistration(String username, String displayName, String password, Set<Role> roles,
        Long enterpriseId, Long organisationId, Long expertId, Long staffId) {

    /** An account not linked to a staff record. */
    public AccountRegistration(String username, String displayName, String password, Set<Role> roles,
            Long enterpriseId, Long organisationId, Long expertId) {
        this(username, displayName, password, roles, enterpriseId, organisationId, expertId, null);
    }
}

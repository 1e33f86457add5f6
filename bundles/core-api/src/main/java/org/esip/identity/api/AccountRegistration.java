package org.esip.identity.api;

import java.util.Set;

import org.esip.core.api.Role;

/** What is needed to open an account; validated by {@link AccountService#create}. */
public record AccountRegistration(String username, String displayName, String password, Set<Role> roles,
        Long enterpriseId, Long organisationId, Long expertId) {
}

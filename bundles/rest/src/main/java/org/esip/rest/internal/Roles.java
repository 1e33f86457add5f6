package org.esip.rest.internal;

import javax.annotation.security.RolesAllowed;

import org.esip.core.api.Role;

/**
 * The names of the platform's {@link Role}s as compile-time constants, for {@link RolesAllowed} on the core
 * resources ({@code @RolesAllowed({ADMIN, STAFF})}): an annotation cannot name {@code Role.ADMIN.name()}. Each
 * constant is its role's name ({@code RestResourceRolesTest} checks them against the enum), and
 * {@link RolesAllowedFeature} enforces them.
 */
final class Roles {
    static final String ADMIN = "ADMIN";
    static final String STAFF = "STAFF";
    static final String AUDITOR = "AUDITOR";
    static final String ENTERPRISE = "ENTERPRISE";
    static final String ORGANISATION = "ORGANISATION";
    static final String EXPERT = "EXPERT";

    private Roles() {
    }
}

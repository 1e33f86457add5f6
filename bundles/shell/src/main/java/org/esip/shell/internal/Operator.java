package org.esip.shell.internal;

import java.security.AccessController;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.esip.core.api.Actor;
import org.esip.core.api.Role;

/** The operator typing console commands, as the actor the audit log names. */
final class Operator {
    private Operator() {
    }

    /**
     * {@code console:<user>} for the console user signed in (over SSH, bin/client or the local
     * console), with the administrator role the console's ACL already demanded.
     */
    @SuppressWarnings("removal") // Karaf's shell still carries the JAAS subject on the access control context
    static Actor current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        String name = subject == null ? null
                : subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst().orElse(null);
        return new Actor("console:" + (name == null ? "local" : name), Set.of(Role.ADMIN), null, null, null);
    }
}

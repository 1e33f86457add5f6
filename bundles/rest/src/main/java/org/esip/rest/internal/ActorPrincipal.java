package org.esip.rest.internal;

import java.security.Principal;

import org.esip.core.api.Actor;

/** The authenticated caller of a request, as the authentication filter put it in the SecurityContext. */
record ActorPrincipal(Actor actor) implements org.esip.core.api.CallerPrincipal {
    @Override
    public String getName() {
        return actor.username();
    }
}

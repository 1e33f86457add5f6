package org.esip.rest.internal;


import org.esip.core.api.Actor;
import org.esip.core.api.CallerPrincipal;

/** The authenticated caller of a request, as the authentication filter put it in the SecurityContext. */
record ActorPrincipal(Actor actor) implements CallerPrincipal {
    @Override
    public String getName() {
        return actor.username();
    }
}

package org.esip.core.api;

import java.security.Principal;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The authenticated caller of a REST request, as the platform puts it in the JAX-RS SecurityContext:
 * a service line's resource reads who is calling with
 * {@code ((CallerPrincipal) securityContext.getUserPrincipal()).actor()} (no principal: an anonymous
 * call to public information).
 */
@ProviderType
public interface CallerPrincipal extends Principal {

    Actor actor();

    @Override
    default String getName() {
        return actor().username();
    }
}

package org.esip.identity.api;

import org.esip.core.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Signed, expiring bearer tokens for the REST API. */
@ProviderType
public interface TokenService {

    /**
     * Signs in and issues a token.
     *
     * @throws org.esip.core.api.UnauthenticatedException when the credentials are not accepted
     */
    IssuedToken issue(String username, String password);

    /** Signs in from {@code client} (its address) and issues a token; failures are throttled per client. */
    default IssuedToken issue(String username, String password, String client) {
        return issue(username, password);
    }

    /**
     * Checks a token's signature and expiry and that its account is still enabled and unchanged since.
     *
     * @return who the token stands for, with the account's current roles
     * @throws org.esip.core.api.UnauthenticatedException when it is not (any more) valid
     */
    Actor verify(String token);
}

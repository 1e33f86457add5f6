package org.esip.identity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.esip.identity.cfg}: sign-in and token rules. */
@ObjectClassDefinition(id = IdentityConfig.PID, name = "esip identities (账号与登录)",
        description = "Password hashing, token lifetime and lock-out after failed sign-ins.")
public @interface IdentityConfig {
    String PID = "org.esip.identity";

    @AttributeDefinition(name = "Token lifetime (minutes)", description = "How long a bearer token is valid; default a working day", min = "5", max = "10080")
    int tokenLifetimeMinutes() default 480;

    @AttributeDefinition(name = "PBKDF2 iterations", description = "Iterations of PBKDF2-HMAC-SHA256 for new password hashes (stored with each hash, so raising it keeps old hashes valid)", min = "100000")
    int passwordIterations() default 310000;

    @AttributeDefinition(name = "Failed sign-ins before lock-out", min = "1")
    int maxFailedSignIns() default 5;

    @AttributeDefinition(name = "Lock-out (minutes)", min = "1")
    int lockMinutes() default 15;
}

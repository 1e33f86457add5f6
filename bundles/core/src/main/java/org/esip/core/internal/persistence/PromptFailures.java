package org.esip.core.internal.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink by default re-runs a read after a communication failure three times, five seconds apart, so a
 * request to a platform whose database is away hung for many seconds before failing. The platform answers
 * such a request at once (503, see {@code Jpa.translate}); the pool's bounded wait is the only wait.
 *
 * <p>The core unit's one session customizer, so it also has PostgreSQL return the keys of inserted rows
 * ({@link ReturnedKeys}).
 */
public class PromptFailures implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
        ReturnedKeys.onPostgreSQL(session);
    }
}

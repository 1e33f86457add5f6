package org.esip.shell.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.esip.identity.api.AccountService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a new installation its administrator, with no known password anywhere (clause 6.1 b). On a
 * start where the platform has no administrator account yet, it creates {@value #ACCOUNT} with role
 * ADMIN and the password from the environment variable {@value #PASSWORD_VARIABLE} when it is set,
 * otherwise a generated secret that is printed once on the console that started the platform and
 * never logged. The same account signs in to the REST API and, through {@link PlatformConsoleRealm},
 * to the console; Karaf's stock {@code karaf/karaf} does not exist. Once an administrator exists this
 * does nothing.
 */
@Component(immediate = true)
public final class FirstStartAdministrator {
    static final String ACCOUNT = "admin";
    static final String PASSWORD_VARIABLE = "ESIP_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStartAdministrator.class);

    @Activate
    public FirstStartAdministrator(@Reference AccountService accounts) {
        String given = System.getenv(PASSWORD_VARIABLE);
        boolean generated = given == null || given.isBlank();
        String secret = generated ? Passwords.generate() : given;
        if (!accounts.createFirstAdministrator(secret)) {
            return;
        }
        ResourceBundle messages = ResourceBundle.getBundle("org.esip.shell.internal.Messages", Locale.ROOT,
                FirstStartAdministrator.class.getClassLoader());
        LOG.info(MessageFormat.format(messages.getString(generated ? "admin.created.generated" : "admin.created.given"),
                ACCOUNT, PASSWORD_VARIABLE));
        if (generated) {
            // Printed once, on the console that started the platform; never written to the log.
            System.out.println(MessageFormat.format(messages.getString("secret.both"), ACCOUNT, secret, PASSWORD_VARIABLE));
        }
    }
}

package org.esip.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.esip.identity.api.AccountService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a new installation its administrator, with no known password anywhere (clause 6.1 b).
 * On a start where the platform has no administrator account yet, it creates {@value #ACCOUNT}
 * with role ADMIN; where Karaf's console realm has no account yet, it creates {@value #ACCOUNT}
 * there too, in the administrators' group (Karaf ships every console account commented out, and
 * never {@code karaf/karaf}). Both get the same password: the environment variable
 * {@value #PASSWORD_VARIABLE} when it is set, otherwise a generated secret that is printed once on
 * the console that started the platform and never logged. Karaf's {@code bin/client} reads the
 * console account from {@code etc/users.properties}, which is made readable by the platform's own
 * OS user only. Once the accounts exist this does nothing.
 */
@Component(immediate = true)
public final class FirstStartAdministrator {
    static final String ACCOUNT = "admin";
    static final String GROUP = "admingroup";
    static final List<String> GROUP_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");
    static final String PASSWORD_VARIABLE = "ESIP_ADMIN_PASSWORD";
    private static final String REALM = "karaf";
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String GROUP_PREFIX = "_g_:";

    private static final Logger LOG = LoggerFactory.getLogger(FirstStartAdministrator.class);

    @Activate
    public FirstStartAdministrator(@Reference AccountService accounts,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<JaasRealm> realms,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<BackingEngineFactory> engines) {
        String given = System.getenv(PASSWORD_VARIABLE);
        boolean generated = given == null || given.isBlank();
        String secret = generated ? Passwords.generate() : given;
        ResourceBundle messages = ResourceBundle.getBundle("org.esip.shell.internal.Messages", Locale.ROOT,
                FirstStartAdministrator.class.getClassLoader());
        boolean platform = accounts.createFirstAdministrator(secret);
        if (platform) {
            LOG.info(MessageFormat.format(messages.getString(generated ? "admin.created.generated" : "admin.created.given"),
                    ACCOUNT, PASSWORD_VARIABLE));
        }
        String usersFile = consoleAccount(realms, engines, secret);
        if (usersFile != null) {
            LOG.info(MessageFormat.format(
                    messages.getString(generated ? "operator.created.generated" : "operator.created.given"),
                    ACCOUNT, usersFile, PASSWORD_VARIABLE));
        }
        if (generated && (platform || usersFile != null)) {
            // Printed once, on the console that started the platform; never written to the log.
            String key = platform && usersFile != null ? "secret.both" : platform ? "secret.platform" : "secret.console";
            System.out.println(MessageFormat.format(messages.getString(key), ACCOUNT, secret, PASSWORD_VARIABLE));
        }
    }

    /** @return the users file when the console account was created now, else null */
    private static String consoleAccount(List<JaasRealm> realms, List<BackingEngineFactory> engines, String secret) {
        for (JaasRealm realm : realms) {
            if (!REALM.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Object module = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
                if (!PROPERTIES_MODULE.equals(module)) {
                    continue;
                }
                for (BackingEngineFactory factory : engines) {
                    if (PROPERTIES_MODULE.equals(factory.getModuleClass())) {
                        String usersFile = (String) entry.getOptions().get("users");
                        return ensureAnAccount(factory.build(entry.getOptions()), usersFile, secret) ? usersFile : null;
                    }
                }
            }
        }
        return null;
    }

    private static boolean ensureAnAccount(BackingEngine engine, String usersFile, String secret) {
        boolean anyAccount = engine.listUsers().stream().anyMatch(u -> !u.getName().startsWith(GROUP_PREFIX));
        if (anyAccount) {
            return false;
        }
        boolean groupExists = engine.listGroups().keySet().stream().anyMatch(g -> GROUP.equals(g.getName()));
        if (!groupExists) {
            engine.createGroup(GROUP);
            GROUP_ROLES.forEach(role -> engine.addGroupRole(GROUP, role));
        }
        engine.addUser(ACCOUNT, secret);
        engine.addGroup(ACCOUNT, GROUP);
        if (usersFile != null) {
            restrictToOwner(Path.of(usersFile));
        }
        return true;
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warn("Could not restrict {} to its owner: {}", file, e.toString());
        }
    }
}

package org.esip.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a new installation its first console operator. Karaf ships {@code etc/users.properties}
 * with every account commented out, so neither {@code bin/client} nor SSH would let anyone in.
 * On a start where the console realm has no account yet, this creates {@value #ACCOUNT} in the
 * administrators' group, with the password from {@value #PASSWORD_VARIABLE} or, without it, a
 * random one. Karaf's {@code bin/client} reads the account from {@code etc/users.properties}, so the
 * local operator needs no password; the file is made readable by the platform's own OS user only.
 * Once any account exists, this does nothing: operators manage accounts with {@code jaas:*}.
 */
@Component(immediate = true)
public final class OperatorAccountBootstrap {
    static final String ACCOUNT = "admin";
    static final String GROUP = "admingroup";
    static final List<String> GROUP_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");
    static final String PASSWORD_VARIABLE = "ESIP_ADMIN_PASSWORD";
    private static final String REALM = "karaf";
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String GROUP_PREFIX = "_g_:";
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private static final Logger LOG = LoggerFactory.getLogger(OperatorAccountBootstrap.class);

    @Activate
    public OperatorAccountBootstrap(
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<JaasRealm> realms,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<BackingEngineFactory> engines) {
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
                        ensureAnAccount(factory.build(entry.getOptions()), (String) entry.getOptions().get("users"));
                        return;
                    }
                }
            }
        }
    }

    private static void ensureAnAccount(BackingEngine engine, String usersFile) {
        boolean anyAccount = engine.listUsers().stream().anyMatch(u -> !u.getName().startsWith(GROUP_PREFIX));
        if (anyAccount) {
            return;
        }
        boolean groupExists = engine.listGroups().keySet().stream().anyMatch(g -> GROUP.equals(g.getName()));
        if (!groupExists) {
            engine.createGroup(GROUP);
            GROUP_ROLES.forEach(role -> engine.addGroupRole(GROUP, role));
        }
        String given = System.getenv(PASSWORD_VARIABLE);
        boolean generated = given == null || given.isBlank();
        engine.addUser(ACCOUNT, generated ? randomPassword() : given);
        engine.addGroup(ACCOUNT, GROUP);
        if (usersFile != null) {
            restrictToOwner(Path.of(usersFile));
        }
        ResourceBundle messages = ResourceBundle.getBundle("org.esip.shell.internal.Messages", Locale.ROOT,
                OperatorAccountBootstrap.class.getClassLoader());
        LOG.info(MessageFormat.format(
                messages.getString(generated ? "operator.created.generated" : "operator.created.given"),
                ACCOUNT, usersFile, PASSWORD_VARIABLE));
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warn("Could not restrict {} to its owner: {}", file, e.toString());
        }
    }
}

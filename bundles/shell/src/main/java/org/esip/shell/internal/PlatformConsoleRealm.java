package org.esip.shell.internal;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.esip.identity.api.AccountService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Karaf's console realm ({@code karaf}: SSH, {@code bin/client}) backed by the platform's own accounts,
 * so there is one set of accounts, all kept as slow salted hashes, and no password in
 * {@code etc/users.properties}. Registered with a higher rank than Karaf's properties realm, which it
 * replaces. Only administrators get in (clause 6.1 b); they get Karaf's administrator roles.
 */
@Component(service = JaasRealm.class)
public class PlatformConsoleRealm implements JaasRealm {
    static final String NAME = "karaf";
    /** Above Karaf's own realm (rank 0), so this one is used. */
    static final int RANK = 1;

    private static volatile AccountService accounts;
    private final long bundleId;

    @Activate
    public PlatformConsoleRealm(@Reference AccountService accounts, BundleContext context) {
        PlatformConsoleRealm.accounts = accounts;
        this.bundleId = context.getBundle().getBundleId();
    }

    @Deactivate
    void stop() {
        accounts = null;
    }

    /** The platform's accounts while this realm is active, else null. */
    static AccountService accounts() {
        return accounts;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                Map.of(ProxyLoginModule.PROPERTY_MODULE, PlatformLoginModule.class.getName(),
                        ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundleId)))};
    }
}

package org.esip.line.policy.internal;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy line's own tables, created and migrated by its own bundle on the platform's database, with
 * their own history table: uninstalling the line leaves them (and its data) in place, reinstalling finds
 * them again.
 */
@Component(service = PolicySchema.class)
public class PolicySchema {
    private static final Logger LOG = LoggerFactory.getLogger(PolicySchema.class);
    static final String HISTORY_TABLE = "ESIP_LINE_POLICY_SCHEMA_HISTORY";

    @Activate
    public PolicySchema(@Reference(target = "(osgi.jndi.service.name=esip)") DataSource dataSource) {
        Flyway flyway = Flyway.configure(PolicySchema.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:org/esip/line/policy/db").table(HISTORY_TABLE)
                // The schema is shared with the core and other lines: start this line's own history at 0, so
                // that its V1 runs on the first install and never again.
                .baselineOnMigrate(true).baselineVersion("0").load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info("Policy line schema at version {} ({} migration(s) applied now)",
                flyway.info().current() == null ? "0" : flyway.info().current().getVersion().getVersion(), applied);
    }
}

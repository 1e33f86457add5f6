package org.esip.line.policy.internal;

import org.esip.line.api.LineDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The policy line's own tables, created and migrated by its own bundle through the platform's
 * {@link LineDatabase} (history in {@code ESIP_LINE_POLICY_SCHEMA_HISTORY}): uninstalling the line leaves them
 * and their data in place, reinstalling finds them again.
 */
@Component(service = PolicySchema.class)
public class PolicySchema {

    @Activate
    public PolicySchema(@Reference LineDatabase database) {
        database.migrate(PolicyServiceLine.ID, PolicySchema.class.getClassLoader(), "org/esip/line/policy/db");
    }
}

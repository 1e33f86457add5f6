package org.esip.line.outreach.internal;

import org.esip.line.api.LineDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outreach line's own tables ({@code OUTREACH_…}, history {@code ESIP_LINE_OUTREACH_SCHEMA_HISTORY}), migrated by
 * this bundle through the platform's {@link LineDatabase}; uninstalling the line leaves them and their rows.
 */
@Component(service = OutreachSchema.class)
public class OutreachSchema {

    @Activate
    public OutreachSchema(@Reference LineDatabase database) {
        database.migrate(OutreachServiceImpl.LINE, OutreachSchema.class.getClassLoader(), "org/esip/line/outreach/db");
    }
}

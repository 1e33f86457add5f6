package org.esip.line.volunteer.internal;

import org.esip.line.api.LineDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The volunteer line's own tables, migrated by its own bundle through the platform's {@link LineDatabase}
 * (history in {@code ESIP_LINE_VOLUNTEER_SCHEMA_HISTORY}); they and their rows stay when the line is uninstalled.
 */
@Component(service = VolunteerSchema.class)
public class VolunteerSchema {

    @Activate
    public VolunteerSchema(@Reference LineDatabase database) {
        database.migrate(VolunteerLine.ID, VolunteerSchema.class.getClassLoader(), "org/esip/line/volunteer/db");
    }
}

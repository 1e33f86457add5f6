package org.esip.line.consulting.internal;

import org.esip.line.api.LineDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The consulting line's own tables, migrated by its own bundle through {@link LineDatabase} (history in
 * {@code ESIP_LINE_CONSULTING_SCHEMA_HISTORY}); uninstalling the line leaves them, reinstalling finds them.
 */
@Component(service = ConsultingSchema.class)
public class ConsultingSchema {

    @Activate
    public ConsultingSchema(@Reference LineDatabase database) {
        database.migrate(ConsultingServiceLine.ID, ConsultingSchema.class.getClassLoader(), "org/esip/line/consulting/db");
    }
}

package org.esip.line.technical.internal;

import org.esip.line.api.LineDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The technical line's own tables ({@code TECHNICAL_…}, history {@code ESIP_LINE_TECHNICAL_SCHEMA_HISTORY}),
 * migrated by this bundle through the platform's {@link LineDatabase}; they stay when the line is uninstalled.
 */
@Component(service = TechnicalSchema.class)
public class TechnicalSchema {

    @Activate
    public TechnicalSchema(@Reference LineDatabase database) {
        database.migrate(Technical.ID, TechnicalSchema.class.getClassLoader(), "org/esip/line/technical/db");
    }
}

package org.esip.line.training.internal;

import org.esip.line.api.LineDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The training line's own tables ({@code TRAINING_…}, history {@code ESIP_LINE_TRAINING_SCHEMA_HISTORY}), migrated by
 * this bundle; an uninstall leaves them and their rows, a reinstall finds them again.
 */
@Component(service = TrainingSchema.class)
public class TrainingSchema {

    @Activate
    public TrainingSchema(@Reference LineDatabase database) {
        database.migrate(TrainingServiceLine.ID, TrainingSchema.class.getClassLoader(), "org/esip/line/training/db");
    }
}

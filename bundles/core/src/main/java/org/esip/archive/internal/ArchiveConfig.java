package org.esip.archive.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.esip.archive.cfg}: how long sealed files are kept (clause 6.4.4). */
@ObjectClassDefinition(id = ArchiveConfig.PID, name = "esip archive (档案)",
        description = "Retention of sealed service files; at least two years from closing.")
public @interface ArchiveConfig {
    String PID = "org.esip.archive";

    /** The least the standard allows (clause 6.4.4). */
    int MINIMUM_YEARS = 2;

    @AttributeDefinition(name = "Retention (years)", description = "Years a sealed file is kept after closing;"
            + " values below 2 are raised to 2", min = "2")
    int retentionYears() default MINIMUM_YEARS;
}

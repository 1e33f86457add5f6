package org.esip.platform.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.esip.platform.cfg}: who this platform is (clauses 3.1, 4.3.1). */
@ObjectClassDefinition(id = PlatformConfig.PID, name = "esip platform (企业服务综合平台)",
        description = "The region this platform serves; its name is <region name>企业服务综合平台.")
public @interface PlatformConfig {
    String PID = "org.esip.platform";

    @AttributeDefinition(name = "Region code", description = "GB/T 2260 code of the region, e.g. 330300 for 温州市")
    String regionCode() default "330300";

    @AttributeDefinition(name = "Region name", description = "Chinese name of the region, e.g. 温州市")
    String regionName() default "温州市";

    @AttributeDefinition(name = "Region name (English)", description = "English name of the region, e.g. Wenzhou")
    String regionNameEn() default "Wenzhou";

    @AttributeDefinition(name = "Load demo data",
            description = "Load the demo data set into an empty database at start (never into one that has enterprises); read by the esip-demo feature, which a production install leaves out")
    boolean demoData() default false;

    @AttributeDefinition(name = "Minimum free disk (MB)", description = "Below this much free room where attachments or "
            + "backups are written, GET /health and esip:status say DEGRADED and name the disk")
    long minFreeDiskMb() default 512;
}

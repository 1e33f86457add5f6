package org.esip.line.policy.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.esip.line.policy.cfg}: pushing and matching. */
@ObjectClassDefinition(id = PolicyLineConfig.PID, name = "esip policy line (政策服务专线)")
public @interface PolicyLineConfig {
    String PID = "org.esip.line.policy";

    @AttributeDefinition(name = "Pushes per enterprise per week", description = "At most this many policies are"
            + " pushed to one enterprise in seven days; the rest are recorded as held back", min = "1")
    int pushesPerWeek() default 3;

    @AttributeDefinition(name = "Match index age (minutes)", description = "The index over all enterprises is"
            + " rebuilt when older than this; one enterprise's own answers are always current", min = "1")
    int indexMaxAgeMinutes() default 10;

    @AttributeDefinition(name = "PDF font", description = "A CJK TrueType font (.ttf or .ttc) for the diagnosis"
            + " report as PDF; empty: the first of the usual places (e.g. Debian's fonts-wqy-microhei)")
    String pdfFont() default "";
}

package org.esip.line.training.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.esip.line.training.cfg} (optional; the defaults apply without it). */
@ObjectClassDefinition(id = TrainingLineConfig.PID, name = "esip training line (培训服务专线)")
public @interface TrainingLineConfig {
    String PID = "org.esip.line.training";

    @AttributeDefinition(name = "PDF font", description = "A CJK TrueType font (.ttf or .ttc) for certificates of"
            + " attendance; empty: the first of the usual places (e.g. Debian's fonts-wqy-microhei)")
    String pdfFont() default "";

    @AttributeDefinition(name = "Automatic reminders", description = "Every hour, remind the enterprises of their"
            + " attendees of sessions starting tomorrow (each registration once); off: only on request")
    boolean automaticReminders() default true;

    @AttributeDefinition(name = "Check-in page", description = "The page attendees open to check in; the session's"
            + " id and its code are appended as path segments ({page}/{session}/{code})")
    String checkInPage() default "/portal/#/lines/training/check-in";
}

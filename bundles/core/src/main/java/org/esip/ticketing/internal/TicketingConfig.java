package org.esip.ticketing.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.esip.ticketing.cfg}: the deadlines of time-limited handling (限时办理), in working days. */
@ObjectClassDefinition(id = TicketingConfig.PID, name = "esip deadlines (限时办理)",
        description = "Deadlines per kind and stage, counted in working days on the imported calendar.")
public @interface TicketingConfig {
    String PID = "org.esip.ticketing";

    @AttributeDefinition(name = "Acceptance (working days)", description = "To accept, reject or ask for information after submission", min = "0")
    int acceptanceDays() default 1;

    @AttributeDefinition(name = "Consultation resolution (working days)", min = "1")
    int consultationDays() default 3;

    @AttributeDefinition(name = "Service demand resolution (working days)", min = "1")
    int demandDays() default 10;

    @AttributeDefinition(name = "Appeal resolution (working days)", min = "1")
    int appealDays() default 10;

    @AttributeDefinition(name = "Complaint handling (working days)", min = "1")
    int complaintDays() default 5;

    @AttributeDefinition(name = "Service-line category resolution (working days)",
            description = "Overrides of the service lines' ticket categories' default deadlines, each <category>=<days>, e.g. policy.application=15; comma-separated")
    String[] categoryDays() default {};

    @AttributeDefinition(name = "Department reply (working days)", description = "For a department a ticket is dispatched to, from its sign-for", min = "1")
    int departmentReplyDays() default 5;

    @AttributeDefinition(name = "Refusal deadline of an offer (working days)", description = "To sign for (签收) or return (退单) a dispatched ticket", min = "0")
    int offerDays() default 1;

    @AttributeDefinition(name = "Correction after a low grade (working days)", description = "After 不满意 or 非常不满意: the correction (整改) is due within", min = "1")
    int correctionDays() default 5;

    @AttributeDefinition(name = "Longest request for more time (working days)", description = "An extension (延期) or deferral (缓办) asks for at most this many working days", min = "1")
    int maxRequestDays() default 30;

    @AttributeDefinition(name = "Largest attachment (MB)", description = "Files uploaded to a ticket are refused above this size", min = "1")
    int attachmentMaxMegabytes() default 20;

    @AttributeDefinition(name = "Deadline check interval (minutes)", description = "How often overdue tickets are looked for and escalated", min = "1")
    int checkIntervalMinutes() default 15;

    @AttributeDefinition(name = "Platform heads", description = "Usernames told of every escalation (提级督办), besides the ticket's owner")
    String[] platformHeads() default {"admin"};

    @AttributeDefinition(name = "Returns before a problem ticket", description = "A ticket returned (退单) this often is escalated (提级督办)", min = "1")
    int problemReturns() default 3;

    @AttributeDefinition(name = "Handlers before a problem ticket", description = "A ticket passed through this many handlers without being taken is escalated", min = "1")
    int problemHandlers() default 3;
}

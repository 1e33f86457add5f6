package org.esip.notification.email.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code etc/org.esip.notification.smtp.cfg}: the SMTP server e-mail notifications go through. Without this
 * configuration there is no e-mail channel; with an invalid one, one error line in the log says why.
 */
@ObjectClassDefinition(id = SmtpConfig.PID, name = "esip e-mail notifications (邮件通知)",
        description = "The SMTP server that e-mails notifications to enterprises' contact addresses.")
public @interface SmtpConfig {
    String PID = "org.esip.notification.smtp";

    /** How the connection to the SMTP server is protected. */
    enum Security {
        /** plain SMTP, usually port 25 inside a government network */
        NONE,
        /** SMTP upgraded with STARTTLS, which is required (usually port 587) */
        STARTTLS,
        /** SMTP over TLS from the first byte, "smtps" (usually port 465) */
        SSL
    }

    @AttributeDefinition(name = "SMTP host", description = "Name or address of the SMTP server, e.g. smtp.example.gov.cn")
    String host();

    @AttributeDefinition(name = "SMTP port", min = "1", max = "65535")
    int port() default 25;

    @AttributeDefinition(name = "Security", description = "NONE, STARTTLS (required, not opportunistic) or SSL")
    Security security() default Security.NONE;

    @AttributeDefinition(name = "User name", description = "Empty when the server needs no authentication", required = false)
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
    String password() default "";

    @AttributeDefinition(name = "From address", description = "The sender's address, e.g. notice@example.gov.cn")
    String from();

    @AttributeDefinition(name = "From display name", description = "Shown as the sender's name", required = false)
    String fromName() default "企业服务综合平台";

    @AttributeDefinition(name = "Connect timeout (ms)", min = "1")
    int connectTimeoutMs() default 10000;

    @AttributeDefinition(name = "Read timeout (ms)", description = "For each read and write on the connection", min = "1")
    int readTimeoutMs() default 30000;
}

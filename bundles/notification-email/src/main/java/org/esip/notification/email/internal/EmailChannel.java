package org.esip.notification.email.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationChannel;
import org.esip.notification.email.internal.SmtpConfig.Security;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.mail.smtp.SMTPTransport;

/**
 * Sends a notification as a plain-text UTF-8 e-mail through one SMTP server: the subject is the Chinese title,
 * " / " and the English title; the body is the Chinese text, a separator line and the English text. A failure
 * (server unreachable, refused, timed out) is thrown, so the platform records it and tries again later.
 */
final class EmailChannel implements NotificationChannel {
    static final String ID = "email";
    static final String SEPARATOR = "----------------------------------------";
    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private final SmtpSettings settings;

    EmailChannel(SmtpSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String addressKind() {
        return "email";
    }

    @Override
    public void deliver(Notification n, String address) throws MessagingException {
        InternetAddress to = new InternetAddress(address.strip(), true);
        // javax.mail finds its SMTP provider (META-INF/javamail.*providers) and javax.activation the content
        // handlers for text/plain (META-INF/mailcap) through the thread's context class loader; in OSGi that is
        // whatever the calling thread had, so it is set to the mail bundle's own loader while sending.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            Session session = Session.getInstance(properties());
            MimeMessage message = message(session, n, to);
            try (Transport transport = session.getTransport(protocol())) {
                if (settings.authenticates()) {
                    transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
                } else {
                    transport.connect(settings.host(), settings.port(), null, null);
                }
                transport.sendMessage(message, message.getAllRecipients());
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("E-mail for notification {} sent to {} through {}:{}: 【{}】", n.id(), mask(address), settings.host(),
                settings.port(), n.titleZh());
    }

    MimeMessage message(Session session, Notification n, InternetAddress to) throws MessagingException {
        String domain = settings.from().getAddress().substring(settings.from().getAddress().lastIndexOf('@') + 1);
        String messageId = "<esip." + n.id() + "." + UUID.randomUUID().toString().replace("-", "") + "@" + domain + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(settings.from());
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(n.titleZh() + " / " + n.titleEn(), StandardCharsets.UTF_8.name());
        message.setText(body(n), StandardCharsets.UTF_8.name(), "plain");
        message.setSentDate(new Date());
        message.setHeader("Content-Language", "zh-CN, en");
        // RFC 3834: no out-of-office replies to a machine
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
    }

    /** Chinese first, then a separator line, then English; lines end in CRLF as mail text should. */
    static String body(Notification n) {
        String text = n.bodyZh() + "\n\n" + SEPARATOR + "\n\n" + n.bodyEn() + "\n";
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }

    private String protocol() {
        return settings.security() == Security.SSL ? "smtps" : "smtp";
    }

    private Properties properties() {
        String p = "mail." + protocol() + ".";
        Properties props = new Properties();
        props.setProperty(p + "host", settings.host());
        props.setProperty(p + "port", Integer.toString(settings.port()));
        props.setProperty(p + "connectiontimeout", Integer.toString(settings.connectTimeoutMs()));
        props.setProperty(p + "timeout", Integer.toString(settings.readTimeoutMs()));
        props.setProperty(p + "writetimeout", Integer.toString(settings.readTimeoutMs()));
        props.setProperty(p + "auth", Boolean.toString(settings.authenticates()));
        // the envelope sender, and the domain javax.mail would name itself after
        props.setProperty("mail.from", settings.from().getAddress());
        props.setProperty(p + "from", settings.from().getAddress());
        if (settings.security() == Security.STARTTLS) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        if (settings.security() != Security.NONE) {
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        return props;
    }

    /** {@code zhang.san@example.cn} → {@code z***@example.cn}: enough for an operator, not a leak. */
    static String mask(String address) {
        String a = address == null ? "" : address.strip();
        int at = a.lastIndexOf('@');
        return at < 1 ? "***" : a.charAt(0) + "***" + a.substring(at);
    }

    @Override
    public String toString() {
        return "e-mail through " + settings;
    }
}

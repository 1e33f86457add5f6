package org.esip.notification.email.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.net.ssl.SSLException;

import org.esip.notification.api.Notification;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The e-mail channel against a real SMTP server in this JVM (GreenMail), clause 5.4.2. */
public class EmailChannelTest {
    private static final Notification NOTICE = new Notification(42L, 7L, null, "ticket.rejected",
            "您的诉求“减免房租”未予受理", "Your demand \"rent relief\" was not accepted",
            "您提交的“减免房租”未予受理，原因：请向属地街道反映", "Your demand \"rent relief\" was not accepted. Reason: ask your street office",
            1L, Instant.now(), null);

    private GreenMail smtp;
    private int port;

    /**
     * How long a start or a delivery may take at most. Both return as soon as they are done; GreenMail's own
     * 2 s start-up limit failed this test on a loaded 2-core machine before any server was slow to answer.
     */
    private static final long PATIENCE_MS = 120_000;

    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(PATIENCE_MS);
        return setup;
    }

    @Before
    public void startServer() throws IOException {
        port = freePort();
        smtp = new GreenMail(patient(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));
        smtp.start();
    }

    @After
    public void stopServer() {
        smtp.stop();
    }

    @Test
    public void aNotificationArrivesAsABilingualUtf8MailFromThePlatform() throws Exception {
        EmailChannel channel = new EmailChannel(SmtpSettings.of(config(Map.of("host", "127.0.0.1", "port", port,
                "from", "notice@esip.example.cn"))));
        assertEquals("email", channel.id());
        assertEquals("email", channel.addressKind());

        channel.deliver(NOTICE, "zhang.san@example.cn");

        assertTrue(smtp.waitForIncomingEmail(PATIENCE_MS, 1));
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertEquals("您的诉求“减免房租”未予受理 / Your demand \"rent relief\" was not accepted", m.getSubject());
        assertTrue(m.getHeader("Subject")[0], m.getHeader("Subject")[0].startsWith("=?UTF-8?"));
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertEquals("notice@esip.example.cn", from.getAddress());
        assertEquals("企业服务综合平台", from.getPersonal());
        assertTrue("display name RFC 2047-encoded: " + m.getHeader("From")[0], m.getHeader("From")[0].contains("=?UTF-8?"));
        assertEquals("zhang.san@example.cn", ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
        assertNotNull(m.getSentDate());
        assertTrue(m.getMessageID(), m.getMessageID().matches("<esip\\.42\\.[0-9a-f]{32}@esip\\.example\\.cn>"));
        assertTrue(m.getContentType(), m.getContentType().toLowerCase().startsWith("text/plain"));
        assertTrue(m.getContentType(), m.getContentType().toUpperCase().contains("CHARSET=UTF-8"));
        assertEquals("auto-generated", m.getHeader("Auto-Submitted")[0]);

        String body;
        try (InputStream in = m.getInputStream()) { // transfer encoding undone, bytes as sent
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int zh = body.indexOf("原因：请向属地街道反映");
        int separator = body.indexOf(EmailChannel.SEPARATOR);
        int en = body.indexOf("Reason: ask your street office");
        assertTrue(body, zh >= 0 && separator > zh && en > separator);
        assertEquals(body, m.getContent());
    }

    @Test
    public void aDisplayNameAndAuthenticationAreTakenFromTheConfiguration() throws Exception {
        smtp.setUser("notice@esip.example.cn", "notice", "s3cret-Pw");
        SmtpSettings settings = SmtpSettings.of(config(Map.of("host", "127.0.0.1", "port", port,
                "from", "notice@esip.example.cn", "fromName", "温州市企业服务综合平台", "username", "notice",
                "password", "s3cret-Pw")));
        assertTrue(settings.authenticates());
        assertTrue("never the password: " + settings, !settings.toString().contains("s3cret"));
        new EmailChannel(settings).deliver(NOTICE, "li.si@example.cn");
        assertTrue(smtp.waitForIncomingEmail(PATIENCE_MS, 1));
        assertEquals("温州市企业服务综合平台", ((InternetAddress) smtp.getReceivedMessages()[0].getFrom()[0]).getPersonal());
    }

    @Test
    public void anUnreachableServerIsAFailureThePlatformRetries() throws Exception {
        int closed = freePort(); // nothing listens there
        EmailChannel channel = new EmailChannel(SmtpSettings.of(config(Map.of("host", "127.0.0.1", "port", closed,
                "from", "notice@esip.example.cn", "connectTimeoutMs", 2000))));
        assertThrows(MessagingException.class, () -> channel.deliver(NOTICE, "zhang.san@example.cn"));
    }

    @Test
    public void requiredStartTlsNeverFallsBackToPlainText() throws Exception {
        // GreenMail's SMTP here offers no working STARTTLS: the password must not travel in clear text.
        smtp.setUser("notice@esip.example.cn", "notice", "s3cret-Pw");
        EmailChannel channel = new EmailChannel(SmtpSettings.of(config(Map.of("host", "127.0.0.1", "port", port,
                "security", SmtpConfig.Security.STARTTLS, "from", "notice@esip.example.cn", "username", "notice",
                "password", "s3cret-Pw"))));
        assertThrows(MessagingException.class, () -> channel.deliver(NOTICE, "zhang.san@example.cn"));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    public void sslChecksTheServersCertificate() throws Exception {
        int sslPort = freePort();
        GreenMail smtps = new GreenMail(patient(new ServerSetup(sslPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS)));
        smtps.start();
        try {
            // GreenMail's certificate is self-signed, so no trusted platform accepts it (its server thread
            // prints the refused handshake on the standard error).
            EmailChannel channel = new EmailChannel(SmtpSettings.of(config(Map.of("host", "127.0.0.1", "port", sslPort,
                    "security", SmtpConfig.Security.SSL, "from", "notice@esip.example.cn"))));
            MessagingException e = assertThrows(MessagingException.class,
                    () -> channel.deliver(NOTICE, "zhang.san@example.cn"));
            assertTrue(String.valueOf(e.getNextException()), e.getNextException() instanceof SSLException);
            assertEquals(0, smtps.getReceivedMessages().length);
        } finally {
            smtps.stop();
        }
    }

    @Test
    public void aBadRecipientAddressIsAFailureToo() throws Exception {
        EmailChannel channel = new EmailChannel(SmtpSettings.of(config(Map.of("host", "127.0.0.1", "port", port,
                "from", "notice@esip.example.cn"))));
        assertThrows(MessagingException.class, () -> channel.deliver(NOTICE, "not an address"));
    }

    @Test
    public void anInvalidConfigurationNamesEveryProblemAtOnce() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.of(config(Map.of())));
        assertTrue(missing.getMessage(), missing.getMessage().contains("host is missing"));
        assertTrue(missing.getMessage(), missing.getMessage().contains("from is missing"));

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> SmtpSettings.of(config(Map.of(
                "host", "smtp.example.cn", "from", "notice-at-example.cn", "port", 70000, "username", "notice",
                "connectTimeoutMs", 0))));
        for (String problem : new String[] {"from 'notice-at-example.cn' is not an e-mail address", "port 70000",
            "password is missing", "connectTimeoutMs"}) {
            assertTrue(bad.getMessage(), bad.getMessage().contains(problem));
        }
        SmtpSettings ssl = SmtpSettings.of(config(Map.of("host", " smtp.example.cn ", "port", 465, "security",
                SmtpConfig.Security.SSL, "from", "notice@example.cn")));
        assertEquals("smtp.example.cn", ssl.host());
        assertEquals(SmtpConfig.Security.SSL, ssl.security());
        assertEquals("企业服务综合平台", ssl.from().getPersonal());
    }

    @Test
    public void addressesAreMaskedInTheLog() {
        assertEquals("z***@example.cn", EmailChannel.mask("zhang.san@example.cn"));
        assertEquals("***", EmailChannel.mask("@example.cn"));
        assertEquals("***", EmailChannel.mask("nobody"));
    }

    /** A configuration as DS would hand it over: the given values, the annotation's defaults otherwise. */
    private static SmtpConfig config(Map<String, Object> values) {
        Map<String, Object> v = new HashMap<>(values);
        return (SmtpConfig) Proxy.newProxyInstance(SmtpConfig.class.getClassLoader(), new Class<?>[] {SmtpConfig.class},
                (proxy, method, args) -> v.containsKey(method.getName()) ? v.get(method.getName())
                        : method.getDefaultValue());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

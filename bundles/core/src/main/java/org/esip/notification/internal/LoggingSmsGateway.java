package org.esip.notification.internal;

import java.time.Duration;

import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationChannel;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS channel until a real SMS provider's bundle registers its own {@link NotificationChannel} with
 * id {@code sms}: it logs that a message would be sent, to which masked number and which notice, so that the delivery
 * records are real and an operator sees what goes out. The text itself (an enterprise's ticket titles and what it
 * asked for) stays out of the log file, where the stored contact data is encrypted and a log is not; it is in the
 * notice ({@code GET /notifications}) and, at DEBUG, in the log. Writing every text took 6% of a ticket create's CPU
 * under load and about 16 MB of log a minute (issue 16).
 * <p>
 * At INFO it writes the first {@value #LINES_PER_MINUTE} messages of each minute one by one and counts the rest: the
 * first line of a later minute (or the last line, when the gateway stops) says how many were not shown. A platform
 * without a provider, taking hundreds of tickets a second, so writes a few lines a minute, not one per SMS (a line
 * each was still 4% of the JVM's time per create, issue 16); DEBUG shows every message.
 */
@Component(service = NotificationChannel.class)
public class LoggingSmsGateway implements NotificationChannel {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsGateway.class);
    static final int LINES_PER_MINUTE = 20;
    private static final String MESSAGE = "SMS (logging gateway, no provider configured) to {}: notice {} ({}),"
            + " {} characters";

    private final LogAllowance allowance = new LogAllowance(LINES_PER_MINUTE, Duration.ofMinutes(1));

    @Override
    public String id() {
        return "sms";
    }

    @Override
    public String addressKind() {
        return "phone";
    }

    @Override
    public void deliver(Notification n, String phone) {
        LogAllowance.Turn turn = allowance.next(System.nanoTime());
        if (turn.leftOut() > 0) {
            LOG.info("SMS (logging gateway): {} more messages in the minute before, not shown one by one", turn.leftOut());
        }
        if (turn.write() ? LOG.isInfoEnabled() : LOG.isDebugEnabled()) {
            String masked = phone.length() > 7 ? phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4)
                    : "****";
            Object[] args = {masked, n.id(), n.topic(), n.titleZh().length() + n.bodyZh().length() + 2};
            if (turn.write()) {
                LOG.info(MESSAGE, args);
            } else {
                LOG.debug(MESSAGE, args);
            }
        }
        LOG.debug("SMS notice {}: 【{}】{}", n.id(), n.titleZh(), n.bodyZh());
    }

    @Deactivate
    void deactivate() {
        long leftOut = allowance.drain();
        if (leftOut > 0) {
            LOG.info("SMS (logging gateway): {} more messages in the last minute, not shown one by one", leftOut);
        }
    }
}

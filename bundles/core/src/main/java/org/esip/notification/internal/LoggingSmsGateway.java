package org.esip.notification.internal;

import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationChannel;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS channel until a real SMS provider's bundle registers its own {@link NotificationChannel} with
 * id {@code sms}: it logs that a message would be sent, to which masked number and which notice, so that the delivery
 * records are real and an operator sees what goes out. The text itself (an enterprise's ticket titles and what it
 * asked for) stays out of the log file, where the stored contact data is encrypted and a log is not; it is in the
 * notice ({@code GET /notifications}) and, at DEBUG, in the log. Writing every text took 6% of a ticket create's CPU
 * under load and about 16 MB of log a minute (issue 16).
 */
@Component(service = NotificationChannel.class)
public class LoggingSmsGateway implements NotificationChannel {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsGateway.class);

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
        String masked = phone.length() > 7 ? phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4) : "****";
        LOG.info("SMS (logging gateway, no provider configured) to {}: notice {} ({}), {} characters", masked, n.id(),
                n.topic(), n.titleZh().length() + n.bodyZh().length() + 2);
        LOG.debug("SMS notice {}: 【{}】{}", n.id(), n.titleZh(), n.bodyZh());
    }
}

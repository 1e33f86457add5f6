package org.esip.notification.internal;

import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationChannel;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS channel until a real SMS provider's bundle registers its own {@link NotificationChannel} with
 * id {@code sms}: it writes what would be sent to the log, with the number masked, so that the delivery
 * records are real and an operator sees what enterprises would receive.
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
        LOG.info("SMS (logging gateway, no provider configured) to {}: 【{}】{}", masked, n.titleZh(), n.bodyZh());
    }
}

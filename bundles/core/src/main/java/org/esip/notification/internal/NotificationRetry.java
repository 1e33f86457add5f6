package org.esip.notification.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.esip.notification.api.NotificationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tries undelivered notifications again every five minutes. */
@Component(immediate = true, service = {})
public class NotificationRetry {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationRetry.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "esip-notification-retry");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public NotificationRetry(@Reference NotificationService notifications) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                notifications.retryPending();
            } catch (RuntimeException e) {
                LOG.error("Retrying notifications failed; trying again in 5 minutes", e);
            }
        }, 5, 5, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }
}

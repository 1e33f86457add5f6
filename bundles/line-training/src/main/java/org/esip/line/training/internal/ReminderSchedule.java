package org.esip.line.training.internal;

import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every hour (the first time ten minutes after the line starts): reminders for sessions starting tomorrow, unless
 * {@code automaticReminders=false}, and training requests still without their ticket submitted again.
 */
@Component(configurationPid = TrainingLineConfig.PID)
public class ReminderSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "esip-training-reminders");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ReminderSchedule(@Reference Registrations registrations, @Reference Requests requests,
            @Reference CourseCatalogue catalogue, TrainingLineConfig config) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                requests.reconcile();
                if (config.automaticReminders()) {
                    registrations.sendReminders(LocalDate.ofInstant(catalogue.now(), Registrations.ZONE).plusDays(1));
                }
            } catch (RuntimeException e) {
                LOG.warn("Training line's hourly check failed: {}", e.toString());
            }
        }, 10, 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }
}

package org.esip.ticketing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for overdue tickets every {@code checkIntervalMinutes} and escalates them (限时办理, clause 6.1 a).
 * Every node may run it: the escalation itself is exactly-once.
 */
@Component(immediate = true, service = {}, configurationPid = TicketingConfig.PID)
public class DeadlineWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatch.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "esip-deadline-watch");
        t.setDaemon(true);
        return t;
    });

    private final TicketService tickets;
    private ScheduledFuture<?> check;

    @Activate
    public DeadlineWatch(@Reference TicketService tickets, TicketingConfig config) {
        this.tickets = tickets;
        schedule(config.checkIntervalMinutes(), 1);
    }

    /** A new check interval applies from the next check; the watch itself keeps running. */
    @Modified
    synchronized void modified(TicketingConfig config) {
        schedule(config.checkIntervalMinutes(), config.checkIntervalMinutes());
    }

    private synchronized void schedule(long every, long firstDelay) {
        if (check != null) {
            check.cancel(false);
        }
        check = scheduler.scheduleWithFixedDelay(() -> {
            try {
                List<Ticket> escalated = tickets.escalateOverdue(LocalDate.now(TicketDeadlines.ZONE));
                if (!escalated.isEmpty()) {
                    LOG.warn("{} ticket(s) overdue and escalated: {}", escalated.size(),
                            escalated.stream().map(t -> "#" + t.id()).toList());
                }
            } catch (RuntimeException e) {
                LOG.error("The deadline check failed; it runs again in {} minutes", every, e);
            }
        }, firstDelay, every, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }
}

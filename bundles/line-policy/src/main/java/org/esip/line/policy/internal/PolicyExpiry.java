package org.esip.line.policy.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Published policies past their expiry date become EXPIRED by themselves: at start and every hour. */
@Component(immediate = true, service = {})
public class PolicyExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyExpiry.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "esip-policy-expiry");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public PolicyExpiry(@Reference PolicyService policies) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                List<Policy> expired = policies.expireDue(LocalDate.now(PolicyServiceImpl.ZONE));
                if (!expired.isEmpty()) {
                    LOG.info("{} polic(ies) expired: {}", expired.size(), expired.stream().map(p -> "#" + p.id()).toList());
                }
            } catch (RuntimeException e) {
                LOG.error("The policy expiry check failed; it runs again in an hour", e);
            }
        }, 0, 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }
}

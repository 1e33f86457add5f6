package org.esip.line.technical.internal;

import org.esip.line.api.ServiceLineRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the line does once it is registered (its ticket categories are only accepted then): it reconciles the
 * requests left without a ticket ({@link org.esip.line.kit.TicketKeys}) and, on a demo platform
 * ({@code demoData = true} in {@code org.esip.platform}) with empty tables, seeds the Wenzhou demo data.
 */
@Component(immediate = true, configurationPid = "org.esip.platform", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class TechnicalStartup {
    private static final Logger LOG = LoggerFactory.getLogger(TechnicalStartup.class);

    /** The one setting read from the platform's configuration. */
    public @interface Platform {
        boolean demoData() default false;
    }

    private final Thread worker;

    @Activate
    public TechnicalStartup(@Reference ServiceLineRegistry registry, @Reference Requests requests,
            @Reference TechnicalDemoData demo, Platform platform) {
        boolean seed = platform.demoData();
        worker = new Thread(() -> {
            try {
                // The line registers right after its components activate; wait (at most two minutes) for it.
                for (int i = 0; i < 240 && registry.ticketCategory(Technical.BOOKING_CATEGORY).isEmpty(); i++) {
                    Thread.sleep(500);
                }
                requests.reconcile();
                if (seed) {
                    demo.seed();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("Technical line: start-up work failed", e);
            }
        }, "esip-technical-startup");
        worker.setDaemon(true);
        worker.start();
    }

    /** A later edit of the platform configuration changes nothing here (and does not re-create the component). */
    @Modified
    void modified() {
        // nothing to do
    }

    @Deactivate
    void stop() {
        worker.interrupt();
    }
}

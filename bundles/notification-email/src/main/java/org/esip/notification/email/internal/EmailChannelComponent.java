package org.esip.notification.email.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.esip.notification.api.NotificationChannel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the e-mail {@link NotificationChannel} while {@code etc/org.esip.notification.smtp.cfg} exists and
 * is valid. Without it there is no e-mail channel; with an invalid one (no host, a bad from address, …) one
 * error line names every problem and no channel is registered, until the configuration is corrected (which
 * Config Admin hands over at once: the component is re-created with it).
 */
@Component(service = {}, immediate = true, configurationPid = SmtpConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SmtpConfig.class)
public class EmailChannelComponent {
    private static final Logger LOG = LoggerFactory.getLogger(EmailChannelComponent.class);

    private final ServiceRegistration<NotificationChannel> registration;

    @Activate
    public EmailChannelComponent(BundleContext context, SmtpConfig config) {
        SmtpSettings settings;
        try {
            settings = SmtpSettings.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("E-mail notifications are off until etc/{}.cfg is corrected: {}", SmtpConfig.PID, e.getMessage());
            registration = null;
            return;
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_DESCRIPTION, "esip e-mail notifications through SMTP " + settings.host() + ":"
                + settings.port());
        registration = context.registerService(NotificationChannel.class, new EmailChannel(settings), properties);
        LOG.info("E-mail notifications go through {}", settings);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping and took it away already
            }
        }
    }
}

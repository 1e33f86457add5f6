package org.esip.notification.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to reach people besides the inbox, e.g. an SMS gateway or SMTP: register an implementation as an
 * OSGi service and the platform uses it for every notification whose recipient has an address for it.
 */
@ConsumerType
public interface NotificationChannel {

    /** e.g. {@code sms}, {@code email} */
    String id();

    /** Which contact the channel needs: {@code phone} or {@code email}. */
    String addressKind();

    /**
     * Delivers one notification.
     *
     * @throws Exception when it could not be delivered; the platform records it and tries again later
     */
    void deliver(Notification notification, String address) throws Exception;
}

package org.esip.notification.internal;

import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationChannel;

/** The SMS channel of the tests: each delivery goes to a gateway, which throws as one that is down does. */
final class TestSms implements NotificationChannel {
    /** What the gateway does with one message to one phone. */
    interface Gateway {
        void send(Notification notification, String phone) throws Exception;
    }

    private final Gateway gateway;

    TestSms(Gateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String id() {
        return "sms";
    }

    @Override
    public String addressKind() {
        return "phone";
    }

    @Override
    public void deliver(Notification notification, String address) throws Exception {
        gateway.send(notification, address);
    }
}

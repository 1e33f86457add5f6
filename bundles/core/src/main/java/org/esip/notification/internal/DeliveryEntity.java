package org.esip.notification.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.core.internal.crypto.EncryptedString;
import org.esip.notification.api.Delivery;

@Entity
@Table(name = "NOTIFICATION_DELIVERY")
public class DeliveryEntity {
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "NOTIFICATION_ID", nullable = false)
    long notificationId;

    @Column(name = "CHANNEL", length = 20, nullable = false)
    String channel;

    @Convert(converter = EncryptedString.class)
    @Column(name = "ADDRESS", length = 512, nullable = false)
    String address;

    @Column(name = "STATUS", length = 10, nullable = false)
    String status = PENDING;

    @Column(name = "ATTEMPTS", nullable = false)
    int attempts;

    @Column(name = "LAST_ERROR", length = 500)
    String lastError;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    @Column(name = "NEXT_ATTEMPT_AT")
    Instant nextAttemptAt;

    Delivery toDto() {
        return new Delivery(id, notificationId, channel, status, attempts, lastError, updatedAt);
    }
}

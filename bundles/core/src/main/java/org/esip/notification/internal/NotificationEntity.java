package org.esip.notification.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.notification.api.Notification;

@Entity
@Table(name = "NOTIFICATION")
public class NotificationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "ENTERPRISE_ID")
    Long enterpriseId;

    @Column(name = "USERNAME", length = 100)
    String username;

    @Column(name = "TOPIC", length = 50, nullable = false)
    String topic;

    @Column(name = "TITLE_ZH", length = 200, nullable = false)
    String titleZh;

    @Column(name = "TITLE_EN", length = 200, nullable = false)
    String titleEn;

    @Column(name = "BODY_ZH", length = 4000, nullable = false)
    String bodyZh;

    @Column(name = "BODY_EN", length = 4000, nullable = false)
    String bodyEn;

    @Column(name = "TICKET_ID")
    Long ticketId;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "READ_AT")
    Instant readAt;

    Notification toDto() {
        return new Notification(id, enterpriseId, username, topic, titleZh, titleEn, bodyZh, bodyEn, ticketId, createdAt,
                readAt);
    }
}

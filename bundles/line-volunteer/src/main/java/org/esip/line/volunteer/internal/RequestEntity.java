package org.esip.line.volunteer.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An enterprise's request for volunteer help (VOLUNTEER_REQUEST). */
@Entity
@Table(name = "VOLUNTEER_REQUEST")
public class RequestEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;
    @Column(name = "TOPIC", nullable = false, length = 200)
    String topic;
    @Column(name = "DESCRIPTION", nullable = false, length = 2000)
    String description;
    @Column(name = "SKILLS", length = 500)
    String skills;
    @Column(name = "TICKET_ID")
    Long ticketId;
    @Column(name = "IDEMPOTENCY_KEY", length = 100)
    String idempotencyKey;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

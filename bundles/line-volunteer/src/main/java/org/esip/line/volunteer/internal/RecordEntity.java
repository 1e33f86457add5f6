package org.esip.line.volunteer.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.line.volunteer.api.RecordStatus;

/** A service record (VOLUNTEER_RECORD). */
@Entity
@Table(name = "VOLUNTEER_RECORD")
public class RecordEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ACTIVITY_ID", nullable = false)
    long activityId;
    @Column(name = "VOLUNTEER_ID", nullable = false)
    long volunteerId;
    @Column(name = "ENTERPRISE_ID")
    Long enterpriseId;
    @Column(name = "SERVICE_HOURS", nullable = false, precision = 6, scale = 2)
    BigDecimal hours;
    @Column(name = "CONTENT", nullable = false, length = 2000)
    String content;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 12)
    RecordStatus status;
    @Column(name = "AMENDS_ID")
    Long amendsId;
    @Column(name = "REASON", length = 500)
    String reason;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Column(name = "CONFIRMED_BY", length = 100)
    String confirmedBy;
    @Column(name = "CONFIRMED_AT")
    LocalDateTime confirmedAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

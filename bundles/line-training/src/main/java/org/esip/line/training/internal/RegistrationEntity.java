package org.esip.line.training.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.line.training.api.Registration;
import org.esip.line.training.api.RegistrationStatus;

@Entity
@Table(name = "TRAINING_REGISTRATION")
public class RegistrationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "SESSION_ID", nullable = false)
    long sessionId;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;

    @Column(name = "ATTENDEE_NAME", nullable = false, length = 50)
    String attendeeName;

    @Column(name = "ATTENDEE_PHONE", nullable = false, length = 20)
    String attendeePhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    RegistrationStatus status;

    /** UTC; the waiting list moves up in this order. */
    @Column(name = "REGISTERED_AT", nullable = false)
    LocalDateTime registeredAt;

    @Column(name = "CONFIRMED_AT")
    LocalDateTime confirmedAt;

    @Column(name = "CANCELLED_AT")
    LocalDateTime cancelledAt;

    @Column(name = "CHECKED_IN_AT")
    LocalDateTime checkedInAt;

    @Column(name = "CHECK_IN_METHOD", length = 20)
    String checkInMethod;

    @Column(name = "REMINDED_AT")
    LocalDateTime remindedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    Registration toDto(Integer waitingPosition) {
        return new Registration(id, sessionId, enterpriseId, attendeeName, attendeePhone, status,
                status == RegistrationStatus.WAITING ? waitingPosition : null, utc(registeredAt), utc(checkedInAt),
                checkInMethod, utc(remindedAt), version);
    }

    static Instant utc(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}

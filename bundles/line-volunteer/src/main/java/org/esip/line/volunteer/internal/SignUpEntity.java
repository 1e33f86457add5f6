package org.esip.line.volunteer.internal;

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

import org.esip.line.volunteer.api.SignUpStatus;

/** A sign-up (VOLUNTEER_SIGNUP). */
@Entity
@Table(name = "VOLUNTEER_SIGNUP")
public class SignUpEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ACTIVITY_ID", nullable = false)
    long activityId;
    @Column(name = "ROLE_ID", nullable = false)
    long roleId;
    @Column(name = "VOLUNTEER_ID", nullable = false)
    long volunteerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 12)
    SignUpStatus status;
    @Column(name = "NOTE", length = 500)
    String note;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Column(name = "DECIDED_BY", length = 100)
    String decidedBy;
    @Column(name = "DECIDED_AT")
    LocalDateTime decidedAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

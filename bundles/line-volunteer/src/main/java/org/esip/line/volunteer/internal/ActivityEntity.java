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

import org.esip.line.volunteer.api.ActivityMode;

/** A public-benefit activity (VOLUNTEER_ACTIVITY); times in UTC. */
@Entity
@Table(name = "VOLUNTEER_ACTIVITY")
public class ActivityEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ORGANISATION_ID", nullable = false)
    long organisationId;
    @Column(name = "THEME", nullable = false, length = 200)
    String theme;
    @Column(name = "DESCRIPTION", length = 2000)
    String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "MODE", nullable = false, length = 10)
    ActivityMode mode;
    @Column(name = "PLACE", length = 300)
    String place;
    @Column(name = "LINK", length = 500)
    String link;
    @Column(name = "STARTS_AT", nullable = false)
    LocalDateTime startsAt;
    @Column(name = "ENDS_AT", nullable = false)
    LocalDateTime endsAt;
    /** Enterprise ids joined with ','. */
    @Column(name = "BENEFICIARIES", length = 1000)
    String beneficiaries;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

package org.esip.line.volunteer.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A team of an organisation (VOLUNTEER_TEAM). */
@Entity
@Table(name = "VOLUNTEER_TEAM")
public class TeamEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ORGANISATION_ID", nullable = false)
    long organisationId;
    @Column(name = "NAME", nullable = false, length = 100)
    String name;
    @Column(name = "DESCRIPTION", length = 1000)
    String description;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

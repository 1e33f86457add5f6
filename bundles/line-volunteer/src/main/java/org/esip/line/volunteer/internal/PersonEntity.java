package org.esip.line.volunteer.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A volunteer (VOLUNTEER_PERSON); times in UTC. */
@Entity
@Table(name = "VOLUNTEER_PERSON")
public class PersonEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "NAME", nullable = false, length = 100)
    String name;
    @Column(name = "PHONE", nullable = false, length = 20)
    String phone;
    @Column(name = "EXPERT_ID")
    Long expertId;
    @Column(name = "ORGANISATION_ID")
    Long organisationId;
    /** Skills joined with '；'. */
    @Column(name = "SKILLS", length = 1000)
    String skills;
    @Column(name = "REGION_CODE", nullable = false, length = 12)
    String regionCode;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

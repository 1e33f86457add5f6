package org.esip.line.volunteer.internal;


import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A role an activity recruits (VOLUNTEER_ROLE). */
@Entity
@Table(name = "VOLUNTEER_ROLE")
public class RoleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ACTIVITY_ID", nullable = false)
    long activityId;
    @Column(name = "NAME", nullable = false, length = 100)
    String name;
    @Column(name = "SLOTS", nullable = false)
    int slots;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

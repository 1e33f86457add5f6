package org.esip.line.consulting.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A matchmaking event (对接会). */
@Entity
@Table(name = "CONSULTING_EVENT")
public class EventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "TITLE")
    String title;
    @Column(name = "HELD_ON")
    LocalDate heldOn;
    @Column(name = "VENUE")
    String venue;
    @Column(name = "CAPACITY")
    int capacity;
    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

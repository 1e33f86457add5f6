package org.esip.line.consulting.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An enterprise (E:id) or organisation (O:id) signed up for an event. */
@Entity
@Table(name = "CONSULTING_SIGNUP")
public class SignupEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "EVENT_ID")
    long eventId;
    @Column(name = "PARTICIPANT")
    String participant;
    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;
}

package org.esip.line.technical.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A shared instrument; its row is the lock that serialises bookings of its calendar. */
@Entity
@Table(name = "TECHNICAL_INSTRUMENT")
public class InstrumentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ORGANISATION_ID", nullable = false)
    long organisationId;
    @Column(name = "NAME", nullable = false)
    String name;
    @Column(name = "MODEL")
    String model;
    @Column(name = "LOCATION", nullable = false)
    String location;
    @Column(name = "REGION_CODE")
    String regionCode;
    @Column(name = "DESCRIPTION")
    String description;
    @Column(name = "HOURLY_PRICE")
    BigDecimal hourlyPrice;
    @Column(name = "ACTIVE", nullable = false)
    boolean active = true;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

package org.esip.line.technical.internal;

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

import org.esip.line.technical.api.ServiceMode;
import org.esip.provider.api.ServiceDomain;

/** A technical service offer; times are UTC. */
@Entity
@Table(name = "TECHNICAL_OFFER")
public class OfferEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "ORGANISATION_ID", nullable = false)
    long organisationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "SERVICE_DOMAIN", nullable = false)
    ServiceDomain domain;
    @Column(name = "TITLE", nullable = false)
    String title;
    @Column(name = "SCOPE", nullable = false)
    String scope;
    @Column(name = "QUALIFICATION_TYPE", nullable = false)
    String qualificationType;
    @Column(name = "QUALIFICATION_NUMBER")
    String qualificationNumber;
    @Column(name = "PRICE_MIN")
    BigDecimal priceMin;
    @Column(name = "PRICE_MAX")
    BigDecimal priceMax;
    @Column(name = "PRICE_UNIT")
    String priceUnit;
    @Column(name = "DURATION_DAYS", nullable = false)
    int durationDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "SERVICE_MODE", nullable = false)
    ServiceMode mode;
    @Column(name = "ACTIVE", nullable = false)
    boolean active = true;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

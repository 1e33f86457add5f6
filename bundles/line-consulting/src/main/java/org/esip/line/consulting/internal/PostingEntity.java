package org.esip.line.consulting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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

import org.esip.line.consulting.api.PostingKind;
import org.esip.line.consulting.api.PostingType;

/** A supply or demand (clause 5.2.5). */
@Entity
@Table(name = "CONSULTING_POSTING")
public class PostingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    PostingKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "TYPE", nullable = false)
    PostingType type;
    @Column(name = "TITLE")
    String title;
    @Column(name = "DESCRIPTION")
    String description;
    @Column(name = "ENTERPRISE_ID")
    Long enterpriseId;
    @Column(name = "ORGANISATION_ID")
    Long organisationId;
    @Column(name = "INDUSTRY")
    String industry;
    @Column(name = "REGION")
    String region;
    @Column(name = "AMOUNT_MIN")
    BigDecimal amountMin;
    @Column(name = "AMOUNT_MAX")
    BigDecimal amountMax;
    @Column(name = "VALID_FROM")
    LocalDate validFrom;
    @Column(name = "VALID_TO")
    LocalDate validTo;
    @Column(name = "OPEN_FLAG")
    int openFlag;
    @Column(name = "PROPOSED")
    int proposed;
    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

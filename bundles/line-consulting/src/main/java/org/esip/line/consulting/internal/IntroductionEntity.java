package org.esip.line.consulting.internal;

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

import org.esip.line.consulting.api.Outcome;

/** An introduction (对接) of a supply to a demand and its outcome. */
@Entity
@Table(name = "CONSULTING_INTRODUCTION")
public class IntroductionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "SUPPLY_ID")
    long supplyId;
    @Column(name = "DEMAND_ID")
    long demandId;
    @Column(name = "EVENT_ID")
    Long eventId;
    @Column(name = "NOTE")
    String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false)
    Outcome outcome;
    @Column(name = "AMOUNT")
    BigDecimal amount;
    @Column(name = "REASON")
    String reason;
    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;
    @Column(name = "DECIDED_AT")
    LocalDateTime decidedAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

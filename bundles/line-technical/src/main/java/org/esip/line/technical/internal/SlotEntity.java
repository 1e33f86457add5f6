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

import org.esip.line.technical.api.SlotStatus;

/** One booking of an instrument's calendar, {@code [startsAt, endsAt)} in UTC. */
@Entity
@Table(name = "TECHNICAL_SLOT")
public class SlotEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "INSTRUMENT_ID", nullable = false)
    long instrumentId;
    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;
    @Column(name = "STARTS_AT", nullable = false)
    LocalDateTime startsAt;
    @Column(name = "ENDS_AT", nullable = false)
    LocalDateTime endsAt;
    @Column(name = "PURPOSE")
    String purpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    SlotStatus status = SlotStatus.BOOKED;
    @Column(name = "USED_HOURS")
    BigDecimal usedHours;
    @Column(name = "USED_BY")
    String usedBy;
    @Column(name = "USED_AT")
    LocalDateTime usedAt;
    @Column(name = "BOOKED_BY", nullable = false)
    String bookedBy;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

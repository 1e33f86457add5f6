package org.esip.provider.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.provider.api.StatusChange;

/** One row of PROVIDER_STATUS_CHANGE: never updated, never deleted. */
@Entity
@Table(name = "PROVIDER_STATUS_CHANGE")
public class StatusChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "SUBJECT_TYPE", length = 20, nullable = false)
    String subjectType;

    @Column(name = "SUBJECT_ID", nullable = false)
    long subjectId;

    @Column(name = "OCCURRED_AT", nullable = false)
    Instant at;

    @Column(name = "ACTOR", length = 100, nullable = false)
    String actor;

    @Column(name = "FROM_STATE", length = 20)
    String from;

    @Column(name = "TO_STATE", length = 20, nullable = false)
    String to;

    @Column(name = "REASON", length = 500)
    String reason;

    @Column(name = "AGREEMENT_NUMBER", length = 64)
    String agreementNumber;

    @Column(name = "AGREEMENT_DATE")
    LocalDate agreementDate;

    protected StatusChangeEntity() {
    }

    StatusChangeEntity(String subjectType, long subjectId, Instant at, String actor, String from, String to,
            String reason, String agreementNumber, LocalDate agreementDate) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.at = at;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.agreementNumber = agreementNumber;
        this.agreementDate = agreementDate;
    }

    StatusChange toDto() {
        return new StatusChange(at, actor, from, to, reason, agreementNumber, agreementDate);
    }
}

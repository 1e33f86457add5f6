package org.esip.registry.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;

/** One row of ENTERPRISE_QUALIFICATION. */
@Embeddable
public class QualificationRecord {
    @Enumerated(EnumType.STRING)
    @Column(name = "TYPE_CODE", length = 30, nullable = false)
    private QualificationType type;

    @Column(name = "CERT_NUMBER", length = 64)
    private String number;

    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;

    @Column(name = "VALID_UNTIL")
    private LocalDate validUntil;

    protected QualificationRecord() {
    }

    QualificationRecord(Qualification q) {
        this.type = q.type();
        this.number = q.number();
        this.issuedOn = q.issuedOn();
        this.validUntil = q.validUntil();
    }

    /** Its row of ENTERPRISE_QUALIFICATION for enterprise {@code enterpriseId}, at {@code position}. */
    Object[] row(long enterpriseId, int position) {
        return new Object[] {enterpriseId, position, type.name(), number, issuedOn, validUntil};
    }

    Qualification toDto(LocalDate today) {
        return new Qualification(type, number, issuedOn, validUntil, validUntil != null && validUntil.isBefore(today));
    }
}

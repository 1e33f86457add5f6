package org.esip.provider.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.esip.provider.api.OrganisationQualification;

@Embeddable
public class OrganisationQualificationRecord {
    @Column(name = "TYPE_NAME", length = 100, nullable = false)
    String type;

    @Column(name = "CERT_NUMBER", length = 64)
    String number;

    @Column(name = "ISSUER", length = 100)
    String issuer;

    @Column(name = "VALID_UNTIL")
    LocalDate validUntil;

    protected OrganisationQualificationRecord() {
    }

    OrganisationQualificationRecord(OrganisationQualification q) {
        type = q.type();
        number = q.number();
        issuer = q.issuer();
        validUntil = q.validUntil();
    }

    OrganisationQualification toDto(LocalDate today) {
        return new OrganisationQualification(type, number, issuer, validUntil,
                validUntil != null && validUntil.isBefore(today));
    }
}

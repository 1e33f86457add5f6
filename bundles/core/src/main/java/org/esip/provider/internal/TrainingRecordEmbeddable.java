package org.esip.provider.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.esip.provider.api.TrainingRecord;

@Embeddable
public class TrainingRecordEmbeddable {
    @Column(name = "TITLE", length = 200, nullable = false)
    String title;

    @Column(name = "PROVIDER", length = 200)
    String provider;

    @Column(name = "STARTED_ON")
    LocalDate startedOn;

    @Column(name = "HOURS", precision = 7, scale = 1)
    BigDecimal hours;

    @Column(name = "CERTIFICATE", length = 100)
    String certificate;

    protected TrainingRecordEmbeddable() {
    }

    TrainingRecordEmbeddable(TrainingRecord t) {
        title = t.title();
        provider = t.provider();
        startedOn = t.startedOn();
        hours = t.hours();
        certificate = t.certificate();
    }

    TrainingRecord toDto() {
        return new TrainingRecord(title, provider, startedOn, hours, certificate);
    }
}

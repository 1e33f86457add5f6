package org.esip.provider.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One training a staff member took (clause 6.2.1.3). */
public record TrainingRecord(String title, String provider, LocalDate startedOn, BigDecimal hours, String certificate) {
}

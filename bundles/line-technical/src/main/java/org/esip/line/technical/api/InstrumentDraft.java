package org.esip.line.technical.api;

import java.math.BigDecimal;

/** A new instrument or a change of one, as entered; {@code version} is required on a change. */
public record InstrumentDraft(Long organisationId, String name, String model, String location, String regionCode,
        String description, BigDecimal hourlyPrice, Boolean active, Long version) {
}

package org.esip.line.technical.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A shared instrument or piece of equipment (仪器设备共享) owned by an organisation, where it stands. */
public record Instrument(long id, long organisationId, String organisationName, String name, String model,
        String location, String regionCode, String description, BigDecimal hourlyPrice, boolean active,
        Instant createdAt, long version) {
}

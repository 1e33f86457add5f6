package org.esip.line.technical.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One booking in an instrument's calendar, {@code [startsAt, endsAt)}; two bookings of one instrument that are not
 * cancelled never overlap. Once used: the hours and who used it.
 */
public record SlotBooking(long id, long instrumentId, String instrumentName, long enterpriseId, Instant startsAt,
        Instant endsAt, String purpose, SlotStatus status, BigDecimal usedHours, String usedBy, Instant usedAt,
        String bookedBy, Instant createdAt, long version) {
}

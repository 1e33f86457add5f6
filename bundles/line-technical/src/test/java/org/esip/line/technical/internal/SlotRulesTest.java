package org.esip.line.technical.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.Test;

/** The instrument calendar (clause 5.2.4.1 仪器设备共享): half-open intervals, hours, longest booking. */
public class SlotRulesTest {
    static Instant at(String t) {
        return Instant.parse("2026-12-08T" + t + ":00Z");
    }

    @Test
    public void intervalsOverlapOnlyWhenTheyShareAMoment() {
        assertTrue(SlotRules.overlap(at("09:00"), at("11:00"), at("10:00"), at("12:00")));
        assertTrue(SlotRules.overlap(at("09:00"), at("11:00"), at("09:30"), at("10:00")));
        assertTrue(SlotRules.overlap(at("10:00"), at("10:30"), at("09:00"), at("11:00")));
        assertFalse(SlotRules.overlap(at("09:00"), at("11:00"), at("11:00"), at("12:00")));
        assertFalse(SlotRules.overlap(at("11:00"), at("12:00"), at("09:00"), at("11:00")));
    }

    @Test
    public void hoursAndLength() {
        assertEquals(new BigDecimal("1.50"), SlotRules.hours(at("09:00"), at("10:30")));
        assertTrue(SlotRules.lengthAllowed(at("09:00"), at("10:00")));
        assertFalse(SlotRules.lengthAllowed(at("10:00"), at("10:00")));
        assertFalse(SlotRules.lengthAllowed(at("09:00"), at("09:00").plusSeconds(8 * 86400)));
    }
}

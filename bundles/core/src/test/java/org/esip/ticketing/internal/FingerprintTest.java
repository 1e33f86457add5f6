package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.time.Instant;

import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketSubmission;
import org.junit.Test;

/** An Idempotency-Key retry must send what it sent the first time; anything else is another request. */
public class FingerprintTest {
    private static TicketSubmission demand(String title, String description) {
        return new TicketSubmission(7L, TicketKind.DEMAND, Channel.ONLINE, title, description);
    }

    @Test
    public void theSameSubmissionHasTheSameFingerprint() {
        assertEquals(Fingerprint.of(demand("申请辅导", "希望了解申报材料")), Fingerprint.of(demand("申请辅导", "希望了解申报材料")));
        assertEquals("surrounding blanks are not a different request",
                Fingerprint.of(demand("申请辅导", "希望了解申报材料")), Fingerprint.of(demand(" 申请辅导 ", "希望了解申报材料\n")));
        assertEquals(64, Fingerprint.of(demand("a", "b")).length());
    }

    @Test
    public void anyDifferentFieldIsADifferentRequest() {
        String base = Fingerprint.of(demand("申请辅导", "希望了解申报材料"));
        assertNotEquals(base, Fingerprint.of(demand("申请辅导", "希望了解申报材料，另附清单")));
        assertNotEquals(base, Fingerprint.of(new TicketSubmission(8L, TicketKind.DEMAND, Channel.ONLINE, "申请辅导", "希望了解申报材料")));
        assertNotEquals(base, Fingerprint.of(new TicketSubmission(7L, TicketKind.COMPLAINT, Channel.ONLINE, "申请辅导", "希望了解申报材料")));
        assertNotEquals(base, Fingerprint.of(new TicketSubmission(7L, TicketKind.DEMAND, Channel.ONLINE, "申请辅导", "希望了解申报材料",
                null, null, null, Instant.parse("2030-01-02T01:00:00Z"), null)));
        // Fields do not run into each other: "ab"+"c" is not "a"+"bc".
        assertNotEquals(Fingerprint.of(demand("ab", "c")), Fingerprint.of(demand("a", "bc")));
    }
}

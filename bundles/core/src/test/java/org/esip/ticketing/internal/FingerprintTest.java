package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** Each fingerprint hashes with its own copy of the digest: many creates at once never mix their texts. */
    @Test
    public void manyAtOnceEachGetsItsOwn() throws Exception {
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            alone.add(Fingerprint.of(demand("申请辅导 " + i, "希望了解申报材料 " + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                List<Future<String>> together = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    int n = i;
                    together.add(pool.submit(() -> Fingerprint.of(demand("申请辅导 " + n, "希望了解申报材料 " + n))));
                }
                for (int i = 0; i < 64; i++) {
                    assertEquals(alone.get(i), together.get(i).get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(64, new HashSet<>(alone).size());
    }
}

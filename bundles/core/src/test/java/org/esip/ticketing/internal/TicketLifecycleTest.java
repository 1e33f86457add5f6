package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.esip.core.api.ConflictException;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.TicketStatus;
import org.junit.Test;

/** Every allowed and every forbidden transition of Appendix A (clause 5.4). */
public class TicketLifecycleTest {
    private static final Set<String> ALLOWED = Set.of("SUBMITTED>ACCEPTED", "SUBMITTED>REJECTED",
            "SUBMITTED>NEEDS_INFO", "NEEDS_INFO>SUBMITTED", "ACCEPTED>ASSIGNED", "ASSIGNED>IN_PROGRESS", "ASSIGNED>ACCEPTED",
            "IN_PROGRESS>RESOLVED", "RESOLVED>FEEDBACK_SENT", "FEEDBACK_SENT>EVALUATED", "EVALUATED>CLOSED",
            // A duplicate is merged before it is dispatched.
            "SUBMITTED>MERGED", "NEEDS_INFO>MERGED", "ACCEPTED>MERGED");

    @Test
    public void everyPairIsAllowedOrRefusedNamingWhatIsAllowed_A() {
        int refused = 0;
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                if (ALLOWED.contains(from + ">" + to)) {
                    TicketLifecycle.check(from, to);
                } else {
                    ConflictException e = assertThrows(from + ">" + to, ConflictException.class,
                            () -> TicketLifecycle.check(from, to));
                    assertEquals("status", e.field());
                    refused++;
                }
            }
        }
        assertEquals(TicketStatus.values().length * TicketStatus.values().length - ALLOWED.size(), refused);
        ConflictException e = assertThrows(ConflictException.class,
                () -> TicketLifecycle.check(TicketStatus.SUBMITTED, TicketStatus.CLOSED));
        assertTrue(e.messageZh(), e.messageZh().contains("可变为：NEEDS_INFO, ACCEPTED, REJECTED, MERGED"));
        assertTrue(TicketLifecycle.next(TicketStatus.CLOSED).isEmpty());
        assertTrue(TicketLifecycle.next(TicketStatus.REJECTED).isEmpty());
        assertTrue(TicketLifecycle.next(TicketStatus.MERGED).isEmpty());
    }

    @Test
    public void onlyTheTwoLowestGradesAskForACorrection_5_4_2() {
        for (SatisfactionGrade g : SatisfactionGrade.values()) {
            assertEquals(g.name(), g == SatisfactionGrade.DISSATISFIED || g == SatisfactionGrade.VERY_DISSATISFIED,
                    g.needsCorrection());
        }
    }
}

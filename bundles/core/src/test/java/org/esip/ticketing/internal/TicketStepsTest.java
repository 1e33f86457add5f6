package org.esip.ticketing.internal;

import static org.esip.ticketing.api.TicketStep.ACCEPT;
import static org.esip.ticketing.api.TicketStep.ASSIGN;
import static org.esip.ticketing.api.TicketStep.ATTACH;
import static org.esip.ticketing.api.TicketStep.CLOSE;
import static org.esip.ticketing.api.TicketStep.CORRECTION;
import static org.esip.ticketing.api.TicketStep.DECIDE_TIME;
import static org.esip.ticketing.api.TicketStep.DECLINE_REVISITS;
import static org.esip.ticketing.api.TicketStep.EVALUATE;
import static org.esip.ticketing.api.TicketStep.FEEDBACK;
import static org.esip.ticketing.api.TicketStep.LINK;
import static org.esip.ticketing.api.TicketStep.MERGE;
import static org.esip.ticketing.api.TicketStep.REJECT;
import static org.esip.ticketing.api.TicketStep.REQUEST_INFO;
import static org.esip.ticketing.api.TicketStep.REQUEST_TIME;
import static org.esip.ticketing.api.TicketStep.RESOLVE;
import static org.esip.ticketing.api.TicketStep.RETURN;
import static org.esip.ticketing.api.TicketStep.REVISIT;
import static org.esip.ticketing.api.TicketStep.SIGN;
import static org.esip.ticketing.api.TicketStep.START;
import static org.esip.ticketing.api.TicketStep.SUPPLY_INFO;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketStep;
import org.esip.ticketing.api.TimeRequest;
import org.junit.Test;

/**
 * The steps a ticket offers in each place of the flow (Appendix A, clauses 5.4 and 6.1 a): exactly those
 * its transitions and in-state conditions allow, so a page never shows a step the server refuses.
 */
public class TicketStepsTest {
    private static final Instant SIGNED = Instant.parse("2026-11-20T02:00:00Z");

    private static Ticket ticket(TicketStatus status, Instant signedAt, TimeRequest pending, SatisfactionGrade grade,
            boolean correctionNeeded, Instant correctedAt, boolean revisitDeclined) {
        return new Ticket(1, 7, TicketKind.DEMAND, Channel.ONLINE, "t", "d", status, "staff", List.of(), null, null,
                null, grade, null, correctionNeeded, revisitDeclined, null, null, false, signedAt, 0, false, null, null,
                null, null, null, pending, null, null, correctedAt, null, Instant.EPOCH, 3);
    }

    private static Ticket ticket(TicketStatus status) {
        return ticket(status, null, null, null, false, null, false);
    }

    private static EnumSet<TicketStep> steps(Ticket t) {
        List<TicketStep> l = TicketSteps.allowed(t, false, "staff1");
        return l.isEmpty() ? EnumSet.noneOf(TicketStep.class) : EnumSet.copyOf(l);
    }

    @Test
    public void intakeOffersAcceptRejectRequestInfoMergeOnce_5_4_1() {
        assertEquals(EnumSet.of(ACCEPT, REJECT, REQUEST_INFO, MERGE, DECLINE_REVISITS, LINK, ATTACH),
                steps(ticket(TicketStatus.SUBMITTED)));
        // One-time notification (一次性告知): the same submission is never asked twice.
        assertFalse(TicketSteps.allowed(ticket(TicketStatus.SUBMITTED), true, "staff1").contains(REQUEST_INFO));
        assertEquals(EnumSet.of(SUPPLY_INFO, MERGE, DECLINE_REVISITS, LINK, ATTACH), steps(ticket(TicketStatus.NEEDS_INFO)));
        assertEquals(EnumSet.of(ASSIGN, MERGE, DECLINE_REVISITS, LINK, ATTACH), steps(ticket(TicketStatus.ACCEPTED)));
    }

    @Test
    public void anOfferIsSignedOrReturnedAndOnlyASignedTicketStarts_6_1_a() {
        assertEquals(EnumSet.of(SIGN, RETURN, DECLINE_REVISITS, LINK, ATTACH), steps(ticket(TicketStatus.ASSIGNED)));
        assertEquals(EnumSet.of(RETURN, START, REQUEST_TIME, DECLINE_REVISITS, LINK, ATTACH),
                steps(ticket(TicketStatus.ASSIGNED, SIGNED, null, null, false, null, false)));
        assertEquals(EnumSet.of(RESOLVE, REQUEST_TIME, DECLINE_REVISITS, LINK, ATTACH),
                steps(ticket(TicketStatus.IN_PROGRESS, SIGNED, null, null, false, null, false)));
    }

    @Test
    public void aPendingRequestForTimeIsDecidedByAnotherUserOnly_6_1_a() {
        TimeRequest pending = new TimeRequest(TimeRequest.Kind.EXTENSION, 3, "r", "org-user", SIGNED);
        Ticket t = ticket(TicketStatus.IN_PROGRESS, SIGNED, pending, null, false, null, false);
        assertTrue(TicketSteps.allowed(t, false, "staff1").contains(DECIDE_TIME));
        assertFalse("one request at a time", TicketSteps.allowed(t, false, "staff1").contains(REQUEST_TIME));
        assertFalse("not one's own request", TicketSteps.allowed(t, false, "org-user").contains(DECIDE_TIME));
    }

    @Test
    public void aLowGradeOwesACorrectionBeforeClosing_5_4_2() {
        assertEquals(EnumSet.of(FEEDBACK, DECLINE_REVISITS, LINK, ATTACH), steps(ticket(TicketStatus.RESOLVED)));
        assertEquals(EnumSet.of(EVALUATE, DECLINE_REVISITS, LINK, ATTACH), steps(ticket(TicketStatus.FEEDBACK_SENT)));
        Ticket low = ticket(TicketStatus.EVALUATED, SIGNED, null, SatisfactionGrade.DISSATISFIED, true, null, false);
        assertEquals(EnumSet.of(CORRECTION, DECLINE_REVISITS, LINK, ATTACH), steps(low));
        Ticket corrected = ticket(TicketStatus.EVALUATED, SIGNED, null, SatisfactionGrade.DISSATISFIED, true, SIGNED, false);
        assertEquals(EnumSet.of(CLOSE, DECLINE_REVISITS, LINK, ATTACH), steps(corrected));
        Ticket good = ticket(TicketStatus.EVALUATED, SIGNED, null, SatisfactionGrade.SATISFIED, false, null, false);
        assertEquals(EnumSet.of(CLOSE, DECLINE_REVISITS, LINK, ATTACH), steps(good));
    }

    @Test
    public void finishedTicketsOnlyTakeRevisitsAndLinks_5_4_2_2() {
        assertEquals(EnumSet.of(REVISIT, DECLINE_REVISITS, LINK), steps(ticket(TicketStatus.CLOSED)));
        assertEquals(EnumSet.of(LINK), steps(ticket(TicketStatus.CLOSED, null, null, null, false, null, true)));
        assertEquals(EnumSet.of(LINK), steps(ticket(TicketStatus.REJECTED)));
        assertEquals(EnumSet.of(LINK), steps(ticket(TicketStatus.MERGED)));
    }

    @Test
    public void everyTransitionStepMatchesTheLifecycle_A() {
        // Each step that moves a ticket is offered only where TicketLifecycle allows its target.
        for (TicketStatus s : TicketStatus.values()) {
            EnumSet<TicketStep> offered = steps(ticket(s, SIGNED, null, SatisfactionGrade.SATISFIED, false, null, false));
            assertEquals(s.name(), TicketLifecycle.next(s).contains(TicketStatus.RESOLVED), offered.contains(RESOLVE));
            assertEquals(s.name(), TicketLifecycle.next(s).contains(TicketStatus.ASSIGNED), offered.contains(ASSIGN));
            assertEquals(s.name(), TicketLifecycle.next(s).contains(TicketStatus.CLOSED), offered.contains(CLOSE));
            assertEquals(s.name(), TicketLifecycle.next(s).contains(TicketStatus.MERGED), offered.contains(MERGE));
            assertEquals(s.name(), TicketLifecycle.next(s).contains(TicketStatus.FEEDBACK_SENT), offered.contains(FEEDBACK));
        }
    }
}

package org.esip.ticketing.internal;

import java.util.ArrayList;
import java.util.List;

import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketStep;

/**
 * Which steps a ticket allows now: the transitions of {@link TicketLifecycle} plus the conditions the
 * service checks inside a state (signed for, one information request per submission, a pending request
 * for more time, a correction owed). The same rules the steps enforce, so a page offering these steps never
 * offers one the server refuses (except for a concurrent change, which the version check catches).
 */
final class TicketSteps {
    private TicketSteps() {
    }

    /**
     * @param infoRequested the enterprise was already asked for information on this very submission
     * @param username      who asks (may not decide their own request for more time)
     */
    static List<TicketStep> allowed(Ticket t, boolean infoRequested, String username) {
        TicketStatus s = t.status();
        List<TicketStep> steps = new ArrayList<>();
        boolean signed = t.signedAt() != null;
        if (goes(s, TicketStatus.ACCEPTED) && s == TicketStatus.SUBMITTED) {
            steps.add(TicketStep.ACCEPT);
        }
        if (goes(s, TicketStatus.REJECTED)) {
            steps.add(TicketStep.REJECT);
        }
        if (goes(s, TicketStatus.NEEDS_INFO) && !infoRequested) {
            steps.add(TicketStep.REQUEST_INFO);
        }
        if (s == TicketStatus.NEEDS_INFO && goes(s, TicketStatus.SUBMITTED)) {
            steps.add(TicketStep.SUPPLY_INFO);
        }
        if (goes(s, TicketStatus.ASSIGNED)) {
            steps.add(TicketStep.ASSIGN);
        }
        if (goes(s, TicketStatus.MERGED)) {
            steps.add(TicketStep.MERGE);
        }
        if (s == TicketStatus.ASSIGNED && !signed) {
            steps.add(TicketStep.SIGN);
        }
        if (s == TicketStatus.ASSIGNED && goes(s, TicketStatus.ACCEPTED)) {
            steps.add(TicketStep.RETURN);
        }
        if (goes(s, TicketStatus.IN_PROGRESS) && signed) {
            steps.add(TicketStep.START);
        }
        boolean handling = s == TicketStatus.IN_PROGRESS || s == TicketStatus.ASSIGNED && signed;
        if (handling && t.pendingRequest() == null) {
            steps.add(TicketStep.REQUEST_TIME);
        }
        if (t.pendingRequest() != null && (username == null || !username.equals(t.pendingRequest().requestedBy()))) {
            steps.add(TicketStep.DECIDE_TIME);
        }
        if (goes(s, TicketStatus.RESOLVED)) {
            steps.add(TicketStep.RESOLVE);
        }
        if (goes(s, TicketStatus.FEEDBACK_SENT)) {
            steps.add(TicketStep.FEEDBACK);
        }
        if (goes(s, TicketStatus.EVALUATED)) {
            steps.add(TicketStep.EVALUATE);
        }
        boolean correctionOwed = s == TicketStatus.EVALUATED && t.correctionNeeded() && t.correctedAt() == null;
        if (correctionOwed) {
            steps.add(TicketStep.CORRECTION);
        }
        if (goes(s, TicketStatus.CLOSED) && !correctionOwed) {
            steps.add(TicketStep.CLOSE);
        }
        if (s == TicketStatus.CLOSED && !t.revisitDeclined()) {
            steps.add(TicketStep.REVISIT);
        }
        if (!t.revisitDeclined() && s != TicketStatus.REJECTED && s != TicketStatus.MERGED) {
            steps.add(TicketStep.DECLINE_REVISITS);
        }
        steps.add(TicketStep.LINK);
        if (!TicketLifecycle.FINISHED.contains(s)) {
            steps.add(TicketStep.ATTACH);
        }
        return steps;
    }

    private static boolean goes(TicketStatus from, TicketStatus to) {
        return TicketLifecycle.next(from).contains(to);
    }
}

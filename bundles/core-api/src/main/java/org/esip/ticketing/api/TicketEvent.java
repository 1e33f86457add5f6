package org.esip.ticketing.api;

import java.time.Instant;

/**
 * One step of a ticket's timeline, which the enterprise can follow (clause 5.1.1 c).
 *
 * @param action  what was done: submit, accept, reject, request-info, supply-info, assign, start, resolve,
 *                feedback, evaluate, close, revisit
 * @param from    the status before
 * @param to      the status after (equal to {@code from} for a revisit)
 * @param channel the channel it went through, when it matters (intake, feedback)
 * @param remark  the reason, the missing items, the result, the comment …
 */
public record TicketEvent(Instant at, String actor, String action, TicketStatus from, TicketStatus to,
        Channel channel, String remark) {
}

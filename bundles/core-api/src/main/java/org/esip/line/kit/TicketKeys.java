package org.esip.line.kit;

import java.util.regex.Pattern;

/**
 * The rule for a line operation that stores the line's own record and submits a ticket of the closed loop
 * (an online application, a booking, a consultation request). The two live in different persistence units, so
 * no single transaction holds both. Instead:
 * <ol>
 * <li>store the line's record first, without a ticket (one {@link UnitOfWork});</li>
 * <li>submit the ticket with {@code TicketService.submit(actor, submission, TicketKeys.of(lineId, kind, recordId))}:
 * the key is derived from the record, so submitting again for the same record returns the same ticket, whoever
 * submits it (a key of this form names the line's record platform-wide, while a client's own key counts per
 * account). The same key with a different submission is refused (422), so keep on the record exactly what was
 * submitted (channel, title, text) and, best, who (account and roles), and submit again with that;</li>
 * <li>store the ticket's id on the record (another unit of work);</li>
 * <li>reconcile: records still without a ticket (the process died, the database refused the second write) are
 * submitted again with the same key, at the line's activation and on the next request that touches them.</li>
 * </ol>
 * A retry by the client (a lost reply) carries the same {@code Idempotency-Key}; the line keeps that key on its
 * record (unique), finds the record and answers it instead of storing a second one. So no failure between the
 * steps leaves a ticket without its record, and no retry makes a second ticket.
 */
public final class TicketKeys {
    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private TicketKeys() {
    }

    /**
     * The idempotency key of the ticket for record {@code recordId} of kind {@code recordKind} in line {@code lineId},
     * e.g. {@code line:training:registration:42}.
     */
    public static String of(String lineId, String recordKind, long recordId) {
        if (lineId == null || !PART.matcher(lineId).matches() || recordKind == null
                || !PART.matcher(recordKind).matches()) {
            throw new IllegalArgumentException("line id and record kind are lower-case words: " + lineId + ", "
                    + recordKind);
        }
        return "line:" + lineId + ":" + recordKind + ":" + recordId;
    }
}

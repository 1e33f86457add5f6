package org.esip.core.internal.seam;

import org.esip.core.internal.persistence.KeyedInsert;

/**
 * Writes the notice a new ticket's enterprise is sent, and its deliveries, in the round trip of the ticket's own
 * insert ({@link KeyedInsert}) instead of one of its own (issue 16): its addresses and the channels the enterprise
 * turned off are read by the same statement that writes the deliveries. The notification capability provides it; what
 * it writes is what {@code NotificationService.send} to that enterprise would write, and its deliveries go out after
 * the commit in the same way.
 */
public interface NoticeAlong {
    /**
     * Adds to {@code ticketInsert} the notice to enterprise {@code enterpriseId} about the ticket being inserted (its
     * key in the notice's ticket), in both languages. {@code false} when the database cannot (then send it after the
     * insert as usual).
     */
    boolean tellAlong(KeyedInsert ticketInsert, long enterpriseId, String topic, String titleZh, String titleEn,
            String bodyZh, String bodyEn);
}

package org.esip.core.internal.seam;

import javax.persistence.EntityManager;

/**
 * Puts a notice in an account's inbox in the caller's transaction, so that a sweep over many tickets writes its steps
 * and their notices together, one transaction per batch. An account is reached by its inbox only (no delivery goes
 * out on another channel), so nothing is left to send after the commit. The notification capability provides it.
 */
public interface AccountInbox {
    /** Writes the notice to {@code username}, as {@code NotificationService.send} to that account would. */
    void put(EntityManager em, String username, String topic, String titleZh, String titleEn, String bodyZh,
            String bodyEn, Long ticketId);
}

package org.esip.core.internal.seam;

import java.util.List;

import javax.persistence.EntityManager;

/**
 * Puts notices in accounts' inboxes in the caller's transaction, as one batch, so that a sweep over many tickets
 * writes its steps and their notices together. An account is reached by its inbox only (no delivery goes out on
 * another channel), so nothing is left to send after the commit. The notification capability provides it.
 */
public interface AccountInbox {
    /** One notice to {@code username}, as {@code NotificationService.send} to that account would write it. */
    record Notice(String username, String topic, String titleZh, String titleEn, String bodyZh, String bodyEn,
            Long ticketId) {
    }

    void putAll(EntityManager em, List<Notice> notices);
}

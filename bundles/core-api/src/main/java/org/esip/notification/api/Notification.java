package org.esip.notification.api;

import java.time.Instant;

/**
 * A message in a recipient's website inbox, Chinese first with English beside it.
 *
 * @param topic    what it is about, e.g. {@code ticket.feedback}, {@code ticket.escalated}
 * @param ticketId the ticket it concerns, if any
 * @param readAt   when it was read; {@code null} while unread
 */
public record Notification(long id, Long enterpriseId, String username, String topic, String titleZh, String titleEn,
        String bodyZh, String bodyEn, Long ticketId, Instant createdAt, Instant readAt) {
}

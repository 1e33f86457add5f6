package org.esip.notification.api;

import java.time.Instant;

/**
 * One attempt to bring a notification through a channel other than the inbox.
 *
 * @param status   PENDING (to be tried again), SENT or FAILED (given up)
 * @param attempts how often it was tried
 */
public record Delivery(long id, long notificationId, String channel, String status, int attempts, String lastError,
        Instant updatedAt) {
}

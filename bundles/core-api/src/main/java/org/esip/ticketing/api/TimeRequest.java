package org.esip.ticketing.api;

import java.time.Instant;

/**
 * A handler's request for more time, pending the platform's decision (clause 6.1 a).
 *
 * @param kind         an extension (延期) moves the deadlines by {@code workingDays}; a deferral (缓办)
 *                     pauses the clocks for {@code workingDays} and moves the deadlines by as much
 * @param workingDays  how many working days
 * @param reason       why, as the handler gave it
 */
public record TimeRequest(Kind kind, int workingDays, String reason, String requestedBy, Instant requestedAt) {

    public enum Kind {
        /** 延期 */
        EXTENSION,
        /** 缓办 */
        DEFERRAL
    }
}

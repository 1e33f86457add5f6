package org.esip.line.technical.api;

/** What a request of the line is; each becomes a ticket of the closed loop. */
public enum RequestKind {
    /** An offer booked (category {@code technical.booking}), dispatched to the offering organisation. */
    BOOKING,
    /** A consultation or introduction (咨询、牵线) asked of an expert (category {@code technical.expert-consult}). */
    CONSULT
}

package org.esip.line.specialty.api;

/** The fixed set of measures a definition's indicators choose from. */
public enum Measure {
    /** How many requests were submitted (件). */
    REQUESTS,
    /** How many requests' tickets are resolved or beyond (resolved, feedback sent, evaluated, closed). */
    RESOLVED,
    /** Resolved requests as a percentage of all requests. */
    RESOLVED_RATE,
    /** How many different enterprises submitted requests. */
    ENTERPRISES
}

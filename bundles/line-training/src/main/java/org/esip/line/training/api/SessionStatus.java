package org.esip.line.training.api;

/** A session is scheduled until staff cancel it; "held" is a scheduled session whose end has passed. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}

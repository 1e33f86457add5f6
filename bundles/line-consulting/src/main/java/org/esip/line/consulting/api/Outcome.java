package org.esip.line.consulting.api;

/** Where an introduction stands: followed up (PENDING), signed with an amount, or no deal with a reason. */
public enum Outcome {
    PENDING, SIGNED, NO_DEAL
}

package org.esip.core.api;

/**
 * What an account may do on the platform (clauses 4.4.2, 6.1 b). The server enforces them; a
 * request outside its role is refused with 403.
 */
public enum Role {
    /** Administers the platform: accounts, configuration, every registry. */
    ADMIN,
    /** Platform staff (工作人员): take, serve and dispatch demands; maintain the registries. */
    STAFF,
    /** Reads everything, changes nothing (evaluation and supervision). */
    AUDITOR,
    /** A user of one enterprise: sees and changes only its own enterprise's data. */
    ENTERPRISE,
    /** A user of one service organisation: sees and changes only its own organisation's data. */
    ORGANISATION,
    /** An expert of the pool: sees the work dispatched to them. */
    EXPERT
}

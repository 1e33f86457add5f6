package org.esip.ticketing.api;

/** The work queues of the staff workbench. */
public enum TicketQueue {
    /** Submitted and waiting to be accepted, rejected or asked for information (新工单). */
    NEW,
    /** Open tickets the caller owns as first-inquiry staff (首问负责). */
    MINE,
    /** Open tickets escalated for a passed deadline (逾期). */
    OVERDUE,
    /** Open problem tickets escalated to the platform heads (问题工单). */
    PROBLEM,
    /**
     * Waiting for a decision of the platform: a pending request for more time (延期 / 缓办), or a ticket
     * its handler returned (退单) that waits to be dispatched again or served by the platform.
     */
    WAITING
}

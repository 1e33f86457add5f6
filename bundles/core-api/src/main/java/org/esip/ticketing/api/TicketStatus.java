package org.esip.ticketing.api;

/** Where a ticket stands in the service flow (Appendix A). */
public enum TicketStatus {
    /** 已提交 */
    SUBMITTED
}

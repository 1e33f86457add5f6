package org.esip.ticketing.api;

/** What an enterprise brings to the platform (clause 5.1, 5.2.2, 5.5). */
public enum TicketKind {
    /** 咨询 */
    CONSULTATION,
    /** 服务需求 */
    DEMAND,
    /** 诉求 */
    APPEAL,
    /** 投诉 */
    COMPLAINT
}

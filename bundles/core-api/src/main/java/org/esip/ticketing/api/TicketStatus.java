package org.esip.ticketing.api;

/** Where a ticket stands in the service flow of Appendix A (clause 5.4). */
public enum TicketStatus {
    /** 已提交 */
    SUBMITTED,
    /** 待补充材料（一次性告知） */
    NEEDS_INFO,
    /** 已受理 */
    ACCEPTED,
    /** 不予受理 */
    REJECTED,
    /** 已派单 */
    ASSIGNED,
    /** 办理中（双方已对接） */
    IN_PROGRESS,
    /** 已办结 */
    RESOLVED,
    /** 已反馈 */
    FEEDBACK_SENT,
    /** 已评价 */
    EVALUATED,
    /** 已关闭（归档） */
    CLOSED,
    /** 已合并：并入另一工单，保留编号并指向它 */
    MERGED
}

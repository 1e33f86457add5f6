package org.esip.line.policy.api;

/** Where a handed-off application stands in the department's system. */
public enum HandOffStatus {
    /** 已转办 */
    HANDED_OFF,
    /** 免申即享：企业已确认享受意愿 */
    CONFIRMED,
    /** 部门已受理 */
    ACCEPTED,
    /** 已批准 */
    APPROVED,
    /** 未批准 */
    REJECTED,
    /** 已兑现 */
    PAID_OUT
}

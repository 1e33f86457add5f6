package org.esip.ticketing.api;

/** Who serves a ticket (clause 5.4.1.3): platform staff directly, an admitted organisation, a pooled expert, or a department. */
public enum AssigneeKind {
    /** 平台直接服务 */
    STAFF,
    /** 服务机构 */
    ORGANISATION,
    /** 专家 */
    EXPERT,
    /** 政府部门 */
    DEPARTMENT
}

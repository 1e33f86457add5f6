package org.esip.provider.api;

/** Posts of platform staff (clause 6.2.1). */
public enum StaffPost {
    /** 主任 */
    DIRECTOR,
    /** 副主任 */
    DEPUTY_DIRECTOR,
    /** 综合科 */
    GENERAL_OFFICE,
    /** 企服科 */
    ENTERPRISE_SERVICE,
    /** 信息化科 */
    INFORMATION_TECH,
    /** 服务专员 */
    SERVICE_STAFF
}

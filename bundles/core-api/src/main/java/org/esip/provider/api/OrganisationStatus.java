package org.esip.provider.api;

/**
 * Admission of a service organisation (clause 6.3): APPLIED → ADMITTED → SUSPENDED → ADMITTED again
 * or EXITED; EXITED is final. Only an ADMITTED organisation receives work.
 */
public enum OrganisationStatus {
    /** 已申请 */
    APPLIED,
    /** 已入驻 */
    ADMITTED,
    /** 已暂停 */
    SUSPENDED,
    /** 已退出 */
    EXITED
}

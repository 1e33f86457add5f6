package org.esip.ticketing.api;

/** Where a demand came in (clause 5.4.1.1). */
public enum Channel {
    /** 网上 */
    ONLINE,
    /** 电话 */
    PHONE,
    /** 窗口 */
    WINDOW,
    /** 走访 */
    VISIT,
    /** 电子邮件 */
    EMAIL,
    /** 即时通讯 */
    INSTANT_MESSAGING,
    /** 信函 (complaints by letter, clause 5.5) */
    LETTER
}

package org.esip.line.technical.api;

/** How an offer is delivered (clause 5.2.4.1: 线上线下). */
public enum ServiceMode {
    /** 线上 */
    ONLINE,
    /** 线下 */
    OFFLINE,
    /** 线上线下 */
    BOTH
}

package org.esip.line.technical.api;

/** Where a booking of an instrument stands. */
public enum SlotStatus {
    /** 已预约 */
    BOOKED,
    /** 已使用: its use is recorded */
    USED,
    /** 已取消: its time is free again */
    CANCELLED
}

package org.esip.line.volunteer.api;

/** Where an activity happens: online (a link) or offline (a place). */
public enum ActivityMode {
    /** 线上. */
    ONLINE,
    /** 线下. */
    OFFLINE
}

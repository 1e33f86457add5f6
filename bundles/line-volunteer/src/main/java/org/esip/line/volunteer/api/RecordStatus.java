package org.esip.line.volunteer.api;

/**
 * A service record's state: a draft may be changed; a confirmed record never changes; a superseded one was corrected
 * by a later confirmed amendment and no longer counts.
 */
public enum RecordStatus {
    DRAFT, CONFIRMED, SUPERSEDED
}

package org.esip.ticketing.api;

/** The five grades of the national 好差评 practice; the last two open a correction task. */
public enum SatisfactionGrade {
    /** 非常满意 */
    VERY_SATISFIED,
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED,
    /** 非常不满意 */
    VERY_DISSATISFIED;

    /** 不满意 and 非常不满意 need correcting and a revisit. */
    public boolean needsCorrection() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}

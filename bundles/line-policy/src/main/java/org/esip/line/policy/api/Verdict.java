package org.esip.line.policy.api;

/** The outcome of one condition, or of a whole policy, for one enterprise. */
public enum Verdict {
    /** 符合 */
    ELIGIBLE,
    /** 不符合 */
    NOT_ELIGIBLE,
    /**
     * 待确认: the enterprise's record lacks a value the rule needs. Never a silent "no": a policy whose
     * conditions are all met or unknown, with at least one unknown, is UNKNOWN as a whole.
     */
    UNKNOWN
}

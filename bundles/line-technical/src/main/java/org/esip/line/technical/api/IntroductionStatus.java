package org.esip.line.technical.api;

import java.util.List;

/** An enterprise's interest in a project, followed by staff to an outcome (对接). */
public enum IntroductionStatus {
    /** 企业有意向 */
    INTERESTED,
    /** 已牵线 */
    INTRODUCED,
    /** 洽谈中 */
    NEGOTIATING,
    /** 已签约 (outcome) */
    SIGNED,
    /** 未达成 (outcome) */
    DECLINED;

    /** The statuses it may move to. */
    public List<IntroductionStatus> next() {
        return switch (this) {
            case INTERESTED -> List.of(INTRODUCED, DECLINED);
            case INTRODUCED -> List.of(NEGOTIATING, SIGNED, DECLINED);
            case NEGOTIATING -> List.of(SIGNED, DECLINED);
            case SIGNED, DECLINED -> List.of();
        };
    }

    /** Whether this is an outcome. */
    public boolean outcome() {
        return this == SIGNED || this == DECLINED;
    }
}

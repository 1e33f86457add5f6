package org.esip.line.policy.api;

/**
 * How an enterprise obtains a policy's benefit (clauses 5.2.1.3, 5.2.1.4); named apart from the service-line
 * SPI's {@link org.esip.line.api.HandlingMode}, which says how a catalogue item is handled.
 */
public enum BenefitRoute {
    /** 线上申报：a ticket of the policy line travels the closed loop */
    ONLINE_APPLICATION,
    /** 转办：handed off to the department's own system, tracked here */
    HAND_OFF,
    /** 线下办理 */
    OFFLINE,
    /**
     * 免申即享: the platform's data decide eligibility; eligible enterprises only confirm their intent and the
     * payout is tracked to the end — no application form
     */
    EXEMPT
}

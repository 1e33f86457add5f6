package org.esip.line.training.api;

import java.util.List;

/**
 * Whether an enterprise is in a session's audience, explained condition by condition (region, industry, size).
 *
 * @param fits false when a condition is not met; a condition the enterprise's data cannot decide does not exclude it
 */
public record AudienceCheck(long sessionId, long enterpriseId, boolean fits, List<Condition> conditions) {
    public AudienceCheck {
        conditions = List.copyOf(conditions);
    }

    /**
     * @param code   {@code region}, {@code industry} or {@code size}
     * @param result {@code MET}, {@code NOT_MET} or {@code UNKNOWN}
     */
    public record Condition(String code, String result, String explanationZh, String explanationEn) {
    }
}

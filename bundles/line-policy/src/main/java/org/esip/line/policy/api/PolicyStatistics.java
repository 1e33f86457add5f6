package org.esip.line.policy.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The library in numbers, for dashboards (clause 3.2): policies by category, level, issuing department and
 * status (every status, drafts included), and the latest published ones.
 */
public record PolicyStatistics(long total, Map<PolicyCategory, Long> byCategory, Map<PolicyLevel, Long> byLevel,
        Map<String, Long> byIssuer, Map<PolicyStatus, Long> byStatus, List<Policy> latest, Instant computedAt) {
    public PolicyStatistics {
        byCategory = Map.copyOf(byCategory);
        byLevel = Map.copyOf(byLevel);
        byIssuer = Map.copyOf(byIssuer);
        byStatus = Map.copyOf(byStatus);
        latest = List.copyOf(latest);
    }
}

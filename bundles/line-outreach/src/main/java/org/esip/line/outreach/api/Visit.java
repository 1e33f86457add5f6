package org.esip.line.outreach.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A visit made (走访记录): who visited which enterprise when, what they found, and the demands collected. */
public record Visit(long id, long campaignId, Long planId, long enterpriseId, String enterpriseName, LocalDate visitedOn,
        List<Long> visitorIds, Long servicePointId, String findings, List<Demand> demands, String createdBy,
        Instant createdAt) {
    public Visit {
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
        demands = demands == null ? List.of() : List.copyOf(demands);
    }
}

package org.esip.line.outreach.api;

import java.time.LocalDate;
import java.util.List;

/** A planned visit (走访计划): an enterprise, the planned date, the visiting staff and the service centre. */
public record VisitPlan(long id, long campaignId, long enterpriseId, String enterpriseName, LocalDate plannedOn,
        List<Long> visitorIds, Long servicePointId, boolean visited, long version) {
    public VisitPlan {
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
    }
}

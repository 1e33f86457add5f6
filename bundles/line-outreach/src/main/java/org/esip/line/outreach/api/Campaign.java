package org.esip.line.outreach.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A themed offline campaign (助企行, e.g. 数字化改造进园区): its period, the conditions that chose its target
 * enterprises, and who takes part: staff, organisations, experts and township service centres (clause 5.1.3 b, c).
 */
public record Campaign(long id, String theme, String description, LocalDate startsOn, LocalDate endsOn,
        TargetConditions conditions, List<Long> staffIds, List<Long> organisationIds, List<Long> expertIds,
        List<Long> servicePointIds, int targets, String createdBy, Instant createdAt, long version) {
    public Campaign {
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
        expertIds = expertIds == null ? List.of() : List.copyOf(expertIds);
        servicePointIds = servicePointIds == null ? List.of() : List.copyOf(servicePointIds);
    }

    /** Whether {@code day} lies in the campaign's period (both ends included). */
    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}

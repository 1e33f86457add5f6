package org.esip.line.volunteer.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A public-benefit activity (助企公益志愿服务活动); {@code lengthHours} is its time window in hours. */
public record Activity(long id, long organisationId, String theme, String description, ActivityMode mode,
        String place, String link, Instant startsAt, Instant endsAt, BigDecimal lengthHours, List<ActivityRole> roles,
        List<Long> beneficiaries, String createdBy, Instant createdAt, long version) {
    public Activity {
        roles = roles == null ? List.of() : List.copyOf(roles);
        beneficiaries = beneficiaries == null ? List.of() : List.copyOf(beneficiaries);
    }
}

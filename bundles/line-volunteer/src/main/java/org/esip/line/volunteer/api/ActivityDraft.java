package org.esip.line.volunteer.api;

import java.time.Instant;
import java.util.List;

/**
 * A public-benefit activity to create: the organising organisation, theme, time window, place (offline) or link
 * (online), the recruited roles and the enterprises it serves (the core's enterprise ids).
 */
public record ActivityDraft(Long organisationId, String theme, String description, ActivityMode mode, String place,
        String link, Instant startsAt, Instant endsAt, List<RoleDraft> roles, List<Long> beneficiaries) {
}

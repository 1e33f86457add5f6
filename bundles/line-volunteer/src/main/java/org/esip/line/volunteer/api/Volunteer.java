package org.esip.line.volunteer.api;

import java.time.Instant;
import java.util.List;

/** A registered volunteer (志愿者) and the teams it belongs to. */
public record Volunteer(long id, String name, String phone, Long expertId, Long organisationId, List<String> skills,
        String regionCode, List<Long> teamIds, Instant createdAt, long version) {
    public Volunteer {
        skills = skills == null ? List.of() : List.copyOf(skills);
        teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
    }
}

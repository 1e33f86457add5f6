package org.esip.line.volunteer.api;

import java.time.Instant;
import java.util.List;

/** A volunteer team (志愿服务队) of an organisation and its members (volunteer ids). */
public record Team(long id, long organisationId, String name, String description, List<Long> memberIds,
        Instant createdAt, long version) {
    public Team {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }
}

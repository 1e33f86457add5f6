package org.esip.line.technical.api;

import java.time.Instant;

/** An enterprise's interest in a project and how staff followed it. */
public record Introduction(long id, long projectId, String projectTitle, long enterpriseId, String enterpriseName,
        String message, IntroductionStatus status, String outcome, Instant introducedAt, Instant createdAt,
        Instant updatedAt, long version) {
}

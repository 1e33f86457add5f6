package org.esip.line.training.api;

import java.time.Instant;

/** What an enterprise wants to learn (培训需求), counted by topic and region when staff plan sessions. */
public record TrainingNeed(long id, long enterpriseId, String regionCode, TrainingTopic topic, String detail,
        Instant createdAt) {
}

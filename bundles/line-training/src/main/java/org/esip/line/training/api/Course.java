package org.esip.line.training.api;

import java.time.Instant;

/** A course (课程): what is taught; its sessions say when, where and by whom. */
public record Course(long id, String title, TrainingTopic topic, String topicZh, String summary, Instant createdAt,
        long version) {
}

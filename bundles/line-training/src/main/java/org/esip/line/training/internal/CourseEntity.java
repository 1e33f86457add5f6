package org.esip.line.training.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.line.training.api.Course;
import org.esip.line.training.api.TrainingTopic;

@Entity
@Table(name = "TRAINING_COURSE")
public class CourseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "TITLE", nullable = false, length = 200)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "TOPIC", nullable = false, length = 30)
    TrainingTopic topic;

    @Column(name = "SUMMARY", length = 2000)
    String summary;

    /** UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    Course toDto() {
        return new Course(id, title, topic, topic.nameZh(), summary, createdAt.toInstant(ZoneOffset.UTC), version);
    }
}

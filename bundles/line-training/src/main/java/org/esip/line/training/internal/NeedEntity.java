package org.esip.line.training.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.line.training.api.TrainingNeed;
import org.esip.line.training.api.TrainingTopic;

@Entity
@Table(name = "TRAINING_NEED")
public class NeedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;

    /** The enterprise's region when it stated the need. */
    @Column(name = "REGION_CODE", length = 12)
    String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "TOPIC", nullable = false, length = 30)
    TrainingTopic topic;

    @Column(name = "DETAIL", nullable = false, length = 2000)
    String detail;

    /** UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    TrainingNeed toDto() {
        return new TrainingNeed(id, enterpriseId, regionCode, topic, detail, RegistrationEntity.utc(createdAt));
    }
}

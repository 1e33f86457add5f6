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

import org.esip.line.training.api.Evaluation;
import org.esip.ticketing.api.SatisfactionGrade;

@Entity
@Table(name = "TRAINING_EVALUATION")
public class EvaluationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "SESSION_ID", nullable = false)
    long sessionId;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "SATISFACTION", nullable = false, length = 30)
    SatisfactionGrade satisfaction;

    @Column(name = "EFFECT", nullable = false)
    int effect;

    @Column(name = "COMMENT_TEXT", length = 2000)
    String comment;

    /** UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    Evaluation toDto() {
        return new Evaluation(id, sessionId, enterpriseId, satisfaction, effect, comment,
                RegistrationEntity.utc(createdAt));
    }
}

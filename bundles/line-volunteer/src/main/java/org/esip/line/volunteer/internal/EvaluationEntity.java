package org.esip.line.volunteer.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.esip.ticketing.api.SatisfactionGrade;

/** The served enterprise's evaluation of a record (VOLUNTEER_EVALUATION). */
@Entity
@Table(name = "VOLUNTEER_EVALUATION")
public class EvaluationEntity {
    @Id
    @Column(name = "RECORD_ID")
    long recordId;
    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", nullable = false, length = 24)
    SatisfactionGrade grade;
    @Column(name = "COMMENT_TEXT", length = 1000)
    String comment;
    @Column(name = "RATED_BY", nullable = false, length = 100)
    String ratedBy;
    @Column(name = "RATED_AT", nullable = false)
    LocalDateTime ratedAt;
}

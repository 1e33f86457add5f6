package org.esip.line.technical.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.line.technical.api.IntroductionStatus;

/** An enterprise's interest in a project (one per project and enterprise) and how it was followed. */
@Entity
@Table(name = "TECHNICAL_INTRODUCTION")
public class IntroductionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "PROJECT_ID", nullable = false)
    long projectId;
    @Column(name = "ENTERPRISE_ID", nullable = false)
    long enterpriseId;
    @Column(name = "MESSAGE")
    String message;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    IntroductionStatus status = IntroductionStatus.INTERESTED;
    @Column(name = "OUTCOME")
    String outcome;
    @Column(name = "INTRODUCED_AT")
    LocalDateTime introducedAt;
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;
    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}

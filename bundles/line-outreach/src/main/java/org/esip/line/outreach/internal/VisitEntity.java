package org.esip.line.outreach.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A visit made (走访记录). */
@Entity
@Table(name = "OUTREACH_VISIT")
public class VisitEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "CAMPAIGN_ID")
    long campaignId;
    @Column(name = "PLAN_ID")
    Long planId;
    @Column(name = "ENTERPRISE_ID")
    long enterpriseId;
    @Column(name = "ENTERPRISE_NAME")
    String enterpriseName;
    @Column(name = "VISITED_ON")
    LocalDate visitedOn;
    @Column(name = "VISITOR_IDS")
    String visitorIds;
    @Column(name = "SERVICE_POINT_ID")
    Long servicePointId;
    @Column(name = "FINDINGS")
    String findings;
    @Column(name = "CLIENT_KEY")
    String clientKey;
    @Column(name = "CREATED_BY")
    String createdBy;
    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;
}

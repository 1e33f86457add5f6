package org.esip.line.outreach.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A planned visit of one enterprise in a campaign. */
@Entity
@Table(name = "OUTREACH_PLAN")
public class PlanEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "CAMPAIGN_ID")
    long campaignId;
    @Column(name = "ENTERPRISE_ID")
    long enterpriseId;
    @Column(name = "ENTERPRISE_NAME")
    String enterpriseName;
    @Column(name = "PLANNED_ON")
    LocalDate plannedOn;
    @Column(name = "VISITOR_IDS")
    String visitorIds;
    @Column(name = "SERVICE_POINT_ID")
    Long servicePointId;
    @Column(name = "CREATED_BY")
    String createdBy;
    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION")
    long version;
}

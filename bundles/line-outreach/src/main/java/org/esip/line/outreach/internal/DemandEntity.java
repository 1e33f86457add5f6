package org.esip.line.outreach.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A demand collected on a visit; {@code ticketId} once its ticket is submitted. */
@Entity
@Table(name = "OUTREACH_DEMAND")
public class DemandEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "VISIT_ID")
    long visitId;
    @Column(name = "CAMPAIGN_ID")
    long campaignId;
    @Column(name = "ENTERPRISE_ID")
    long enterpriseId;
    @Column(name = "SERVICE_POINT_ID")
    Long servicePointId;
    @Column(name = "TITLE")
    String title;
    @Column(name = "DESCRIPTION")
    String description;
    @Column(name = "TICKET_ID")
    Long ticketId;
    @Column(name = "CREATED_BY")
    String createdBy;
    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION")
    long version;
}

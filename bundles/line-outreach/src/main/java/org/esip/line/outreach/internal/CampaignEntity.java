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

/** A 助企行 campaign (clause 5.1.3 b). */
@Entity
@Table(name = "OUTREACH_CAMPAIGN")
public class CampaignEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;
    @Column(name = "THEME")
    String theme;
    @Column(name = "DESCRIPTION")
    String description;
    @Column(name = "STARTS_ON")
    LocalDate startsOn;
    @Column(name = "ENDS_ON")
    LocalDate endsOn;
    @Column(name = "REGION_PREFIX")
    String regionPrefix;
    @Column(name = "INDUSTRY_PREFIX")
    String industryPrefix;
    @Column(name = "ENTERPRISE_SIZE")
    String size;
    @Column(name = "TAG")
    String tag;
    @Column(name = "STAFF_IDS")
    String staffIds;
    @Column(name = "ORGANISATION_IDS")
    String organisationIds;
    @Column(name = "EXPERT_IDS")
    String expertIds;
    @Column(name = "SERVICE_POINT_IDS")
    String servicePointIds;
    @Column(name = "CREATED_BY")
    String createdBy;
    @Column(name = "CREATED_AT")
    LocalDateTime createdAt;
    @Version
    @Column(name = "VERSION")
    long version;
}

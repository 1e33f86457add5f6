package org.esip.line.outreach.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An enterprise a campaign targets, and why it was chosen. */
@Entity
@Table(name = "OUTREACH_TARGET")
public class TargetEntity {
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
    @Column(name = "REASON")
    String reason;
}

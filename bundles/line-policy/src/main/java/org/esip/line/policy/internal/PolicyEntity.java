package org.esip.line.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyCategory;
import org.esip.line.policy.api.PolicyLevel;
import org.esip.line.policy.api.PolicyStatus;

@Entity
@Table(name = "POLICY")
public class PolicyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "TITLE", nullable = false, length = 300)
    String title;

    @Column(name = "DOCUMENT_NUMBER", length = 100)
    String documentNumber;

    @Column(name = "ISSUER", nullable = false, length = 200)
    String issuer;

    @Enumerated(EnumType.STRING)
    @Column(name = "POLICY_LEVEL", nullable = false, length = 20)
    PolicyLevel level;

    @Column(name = "REGION_CODE", nullable = false, length = 12)
    String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 30)
    PolicyCategory category;

    @Column(name = "PUBLISHED_ON")
    LocalDate publishedOn;

    @Column(name = "EFFECTIVE_FROM")
    LocalDate effectiveFrom;

    @Column(name = "EXPIRES_ON")
    LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    PolicyStatus status = PolicyStatus.DRAFT;

    @Column(name = "SUMMARY", length = 2000)
    String summary;

    @Column(name = "INTERPRETATION", length = 8000)
    String interpretation;

    @Column(name = "ORIGINAL_URL", length = 500)
    String originalUrl;

    @Column(name = "BENEFIT_WAN", precision = 14, scale = 2)
    BigDecimal benefitWan;

    @Column(name = "BENEFIT", length = 1000)
    String benefit;

    @Enumerated(EnumType.STRING)
    @Column(name = "HANDLING_MODE", nullable = false, length = 30)
    BenefitRoute handlingMode;

    @Column(name = "HAND_OFF_SYSTEM", length = 500)
    String handOffSystem;

    /** The eligibility versions as JSON (see {@link EligibilityJson}). */
    @Column(name = "ELIGIBILITY_JSON", length = 20000)
    String eligibilityJson;

    @Column(name = "WITHDRAW_REASON", length = 1000)
    String withdrawReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "POLICY_TAG", joinColumns = @JoinColumn(name = "POLICY_ID"))
    @Column(name = "TAG", length = 50)
    Set<String> tags = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "POLICY_MATERIAL", joinColumns = @JoinColumn(name = "POLICY_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "ITEM", length = 200)
    List<String> materials = new ArrayList<>();

    /** UTC; JPA 2.2 maps LocalDateTime without a converter. */
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    Policy toDto() {
        return new Policy(id, title, documentNumber, issuer, level, regionCode, category, publishedOn, effectiveFrom,
                expiresOn, status, summary, interpretation, originalUrl, benefitWan, benefit, tags, handlingMode,
                materials, handOffSystem, EligibilityJson.read(eligibilityJson), withdrawReason, createdAt.toInstant(ZoneOffset.UTC), version);
    }
}

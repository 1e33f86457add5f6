package org.esip.registry.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.Convert;
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

import org.esip.core.internal.crypto.EncryptedString;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.EnterpriseStatus;
import org.esip.registry.api.SizeSource;

@Entity
@Table(name = "ENTERPRISE")
public class EnterpriseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "REGION_CODE", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "TOWNSHIP", length = 50)
    private String township;

    @Column(name = "ADDRESS", length = 200)
    private String address;

    @Column(name = "INDUSTRY_CODE", length = 5)
    private String industryCode;

    @Column(name = "LEGAL_REPRESENTATIVE", length = 50)
    private String legalRepresentative;

    @Column(name = "CONTACT_PERSON", length = 50)
    private String contactPerson;

    @Convert(converter = EncryptedString.class)
    @Column(name = "CONTACT_PHONE", length = 512)
    private String contactPhone;

    @Convert(converter = EncryptedString.class)
    @Column(name = "CONTACT_EMAIL", length = 512)
    private String contactEmail;

    @Column(name = "EMPLOYEES")
    private Integer employees;

    @Column(name = "ANNUAL_REVENUE", precision = 15, scale = 2)
    private BigDecimal annualRevenue;

    @Column(name = "TOTAL_ASSETS", precision = 15, scale = 2)
    private BigDecimal totalAssets;

    @Column(name = "FOUNDED_ON")
    private LocalDate foundedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "SIZE_CLASS", length = 10)
    private EnterpriseSize size;

    @Column(name = "SIZE_OVERRIDDEN", nullable = false)
    private boolean sizeOverridden;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ENTERPRISE_QUALIFICATION", joinColumns = @JoinColumn(name = "ENTERPRISE_ID"))
    @OrderColumn(name = "POSITION")
    private List<QualificationRecord> qualifications = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ENTERPRISE_TAG", joinColumns = @JoinColumn(name = "ENTERPRISE_ID"))
    @Column(name = "TAG", length = 64)
    private Set<String> tags = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    private EnterpriseStatus status = EnterpriseStatus.ACTIVE;

    @Column(name = "RETIRED_AT")
    private Instant retiredAt;

    @Column(name = "RETIRE_REASON", length = 500)
    private String retireReason;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected EnterpriseEntity() {
    }

    EnterpriseEntity(String creditCode, Instant createdAt) {
        this.creditCode = creditCode;
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    String creditCode() {
        return creditCode;
    }

    long version() {
        return version;
    }

    EnterpriseStatus status() {
        return status;
    }

    /** Takes the checked values; the size follows the rules unless staff override it. */
    void describe(EnterpriseRules.Checked c) {
        name = c.name();
        regionCode = c.regionCode();
        township = c.township();
        address = c.address();
        industryCode = c.industryCode();
        legalRepresentative = c.legalRepresentative();
        contactPerson = c.contactPerson();
        contactPhone = c.contactPhone();
        contactEmail = c.contactEmail();
        employees = c.employees();
        annualRevenue = c.annualRevenue();
        totalAssets = c.totalAssets();
        foundedOn = c.foundedOn();
        sizeOverridden = c.sizeOverride() != null;
        size = sizeOverridden ? c.sizeOverride()
                : SmeSizeClassifier.classify(industryCode, employees, annualRevenue, totalAssets);
        qualifications.clear();
        c.qualifications().forEach(q -> qualifications.add(new QualificationRecord(q)));
        tags.clear();
        tags.addAll(c.tags());
    }

    /**
     * The rows of ENTERPRISE_QUALIFICATION and ENTERPRISE_TAG that {@link #describe} gave this new record, taken out
     * of it before it is persisted, so that an import writes them as batches (the mapping writes one statement per
     * row). Once the record is stored and detached, {@link #putBack} restores them for its DTO.
     */
    record Collections(List<QualificationRecord> qualifications, Set<String> tags) {
        void rows(long enterpriseId, List<Object[]> qualificationRows, List<Object[]> tagRows) {
            for (int i = 0; i < qualifications.size(); i++) {
                qualificationRows.add(qualifications.get(i).row(enterpriseId, i));
            }
            tags.forEach(t -> tagRows.add(new Object[] {enterpriseId, t}));
        }
    }

    Collections takeCollections() {
        Collections taken = new Collections(new ArrayList<>(qualifications), new HashSet<>(tags));
        qualifications.clear();
        tags.clear();
        return taken;
    }

    void putBack(Collections taken) {
        qualifications.addAll(taken.qualifications());
        tags.addAll(taken.tags());
    }

    void retire(Instant at, String reason) {
        status = EnterpriseStatus.RETIRED;
        retiredAt = at;
        retireReason = reason;
    }

    Enterprise toDto(LocalDate today, Set<String> vocabulary) {
        Set<String> free = new HashSet<>(tags);
        free.removeAll(vocabulary);
        return new Enterprise(id, creditCode, name, regionCode, township, address, industryCode,
                IndustryClassification.name(industryCode), legalRepresentative, contactPerson, contactPhone,
                contactEmail, employees, annualRevenue, totalAssets, foundedOn, size, sizeOverridden,
                sizeOverridden ? size : null, SizeSource.of(size, sizeOverridden),
                qualifications.stream().map(q -> q.toDto(today)).toList(), tags, free, status, retiredAt, retireReason,
                createdAt, version);
    }
}

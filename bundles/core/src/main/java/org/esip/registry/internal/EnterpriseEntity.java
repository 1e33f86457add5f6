package org.esip.registry.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.registry.api.Enterprise;

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

    @Column(name = "INDUSTRY_CODE", length = 5)
    private String industryCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ENTERPRISE_TAG", joinColumns = @JoinColumn(name = "ENTERPRISE_ID"))
    @Column(name = "TAG", length = 64)
    private Set<String> tags = new HashSet<>();

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected EnterpriseEntity() {
    }

    EnterpriseEntity(String creditCode, String name, String regionCode, String industryCode, Set<String> tags,
            Instant createdAt) {
        this.creditCode = creditCode;
        this.name = name;
        this.regionCode = regionCode;
        this.industryCode = industryCode;
        this.tags = new HashSet<>(tags);
        this.createdAt = createdAt;
    }

    long version() {
        return version;
    }

    void describe(String name, String regionCode, String industryCode, Set<String> tags) {
        this.name = name;
        this.regionCode = regionCode;
        this.industryCode = industryCode;
        this.tags.clear();
        this.tags.addAll(tags);
    }

    Enterprise toDto() {
        return new Enterprise(id, creditCode, name, regionCode, industryCode, tags, createdAt, version);
    }
}

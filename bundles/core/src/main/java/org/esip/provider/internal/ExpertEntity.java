package org.esip.provider.internal;

import java.time.Instant;
import java.util.HashSet;
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
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.core.internal.crypto.EncryptedString;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ServiceDomain;

@Entity
@Table(name = "EXPERT")
public class ExpertEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "NAME", length = 50, nullable = false)
    String name;

    @Convert(converter = EncryptedString.class)
    @Column(name = "ID_NUMBER", length = 512)
    String idNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EXPERT_DOMAIN", joinColumns = @JoinColumn(name = "EXPERT_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "DOMAIN_CODE", length = 30)
    Set<ServiceDomain> domains = new HashSet<>();

    @Column(name = "TITLE", length = 50)
    String title;

    @Column(name = "SENIOR_TITLE", nullable = false)
    boolean seniorTitle;

    @Column(name = "EMPLOYER", length = 200)
    String employer;

    @Convert(converter = EncryptedString.class)
    @Column(name = "PHONE", length = 512)
    String phone;

    @Convert(converter = EncryptedString.class)
    @Column(name = "EMAIL", length = 512)
    String email;

    @Column(name = "VOLUNTEER", nullable = false)
    boolean volunteer;

    @Column(name = "REGION_CODE", length = 6)
    String regionCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "EXPERT_TAG", joinColumns = @JoinColumn(name = "EXPERT_ID"))
    @Column(name = "TAG", length = 64)
    Set<String> tags = new HashSet<>();

    @Column(name = "IN_POOL", nullable = false)
    boolean inPool = true;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    void describe(ProviderRules.CheckedExpert c) {
        name = c.name();
        idNumber = c.idNumber();
        domains.clear();
        domains.addAll(c.domains());
        title = c.title();
        seniorTitle = c.seniorTitle();
        employer = c.employer();
        phone = c.phone();
        email = c.email();
        volunteer = c.volunteer();
        regionCode = c.regionCode();
        tags.clear();
        tags.addAll(c.tags());
    }

    Expert toDto() {
        return new Expert(id, name, idNumber, domains, title, seniorTitle, employer, phone, email, volunteer, regionCode,
                tags, inPool, createdAt, version);
    }
}

package org.esip.provider.internal;

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
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.Presence;
import org.esip.provider.api.ServiceDomain;

@Entity
@Table(name = "ORGANISATION")
public class OrganisationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CREDIT_CODE", length = 18, nullable = false)
    String creditCode;

    @Column(name = "NAME", length = 200, nullable = false)
    String name;

    @Column(name = "REGION_CODE", length = 6, nullable = false)
    String regionCode;

    @Column(name = "ADDRESS", length = 200)
    String address;

    @Column(name = "CONTACT_PERSON", length = 50)
    String contactPerson;

    @Convert(converter = EncryptedString.class)
    @Column(name = "CONTACT_PHONE", length = 512)
    String contactPhone;

    @Convert(converter = EncryptedString.class)
    @Column(name = "CONTACT_EMAIL", length = 512)
    String contactEmail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ORGANISATION_DOMAIN", joinColumns = @JoinColumn(name = "ORGANISATION_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "DOMAIN_CODE", length = 30)
    Set<ServiceDomain> domains = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ORGANISATION_QUALIFICATION", joinColumns = @JoinColumn(name = "ORGANISATION_ID"))
    @OrderColumn(name = "POSITION")
    List<OrganisationQualificationRecord> qualifications = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ORGANISATION_TAG", joinColumns = @JoinColumn(name = "ORGANISATION_ID"))
    @Column(name = "TAG", length = 64)
    Set<String> tags = new HashSet<>();

    @Column(name = "CREDIT_GOOD", nullable = false)
    boolean creditGood = true;

    @Column(name = "CREDIT_NOTE", length = 500)
    String creditNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRESENCE", length = 10, nullable = false)
    Presence presence;

    @Column(name = "ALLIANCE_MEMBER", nullable = false)
    boolean allianceMember;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10, nullable = false)
    OrganisationStatus status = OrganisationStatus.APPLIED;

    @Column(name = "AGREEMENT_NUMBER", length = 64)
    String agreementNumber;

    @Column(name = "AGREEMENT_DATE")
    LocalDate agreementDate;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    void describe(ProviderRules.CheckedOrganisation c) {
        name = c.name();
        regionCode = c.regionCode();
        address = c.address();
        contactPerson = c.contactPerson();
        contactPhone = c.contactPhone();
        contactEmail = c.contactEmail();
        domains.clear();
        domains.addAll(c.domains());
        qualifications.clear();
        c.qualifications().forEach(q -> qualifications.add(new OrganisationQualificationRecord(q)));
        creditGood = c.creditGood();
        creditNote = c.creditNote();
        presence = c.presence();
        allianceMember = c.allianceMember();
        tags.clear();
        tags.addAll(c.tags());
    }

    Organisation toDto(LocalDate today) {
        List<OrganisationQualification> q = qualifications.stream().map(r -> r.toDto(today)).toList();
        return new Organisation(id, creditCode, name, regionCode, address, contactPerson, contactPhone, contactEmail,
                domains, q, q.stream().anyMatch(OrganisationQualification::expired), creditGood, creditNote, presence,
                allianceMember, tags, status, agreementNumber, agreementDate, createdAt, version);
    }
}

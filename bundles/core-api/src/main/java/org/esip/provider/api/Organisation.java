package org.esip.provider.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A service organisation (服务机构, clause 6.3).
 *
 * @param creditGood              no bad credit record (信用良好)
 * @param creditNote              what the bad record is, if any
 * @param hasExpiredQualification true when any qualification has expired
 * @param agreementNumber         the admission agreement, once admitted
 */
public record Organisation(long id, String creditCode, String name, String regionCode, String address,
        String contactPerson, String contactPhone, String contactEmail, Set<ServiceDomain> domains,
        List<OrganisationQualification> qualifications, boolean hasExpiredQualification, boolean creditGood,
        String creditNote, Presence presence, boolean allianceMember, Set<String> tags, OrganisationStatus status,
        String agreementNumber, LocalDate agreementDate, Instant createdAt, long version) {
    public Organisation {
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}

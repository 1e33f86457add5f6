package org.esip.provider.api;

import java.util.List;
import java.util.Set;

/**
 * A new organisation's application, or (with {@link #version}) its new descriptive state. Status
 * changes go through the admission methods, never through an update.
 */
public record OrganisationRegistration(Long version, String creditCode, String name, String regionCode,
        String address, String contactPerson, String contactPhone, String contactEmail, Set<ServiceDomain> domains,
        List<OrganisationQualification> qualifications, Boolean creditGood, String creditNote, Presence presence,
        Boolean allianceMember, Set<String> tags) {
}

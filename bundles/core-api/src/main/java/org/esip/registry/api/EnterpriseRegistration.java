package org.esip.registry.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What is needed to register an enterprise, or (with {@link #version}) its new state for an update;
 * validated by {@link EnterpriseService}. Only credit code, name and region are required.
 *
 * @param version      for an update: the {@link Enterprise#version()} it was made against; ignored on registration
 * @param creditCode   required on registration; on an update it must be absent or unchanged
 * @param sizeOverride staff's decision on the size, overriding the rules; {@code null} lets the rules decide
 */
public record EnterpriseRegistration(Long version, String creditCode, String name, String regionCode,
        String township, String address, String industryCode, String legalRepresentative, String contactPerson,
        String contactPhone, String contactEmail, Integer employees, BigDecimal annualRevenue, BigDecimal totalAssets,
        LocalDate foundedOn, EnterpriseSize sizeOverride, List<Qualification> qualifications, Set<String> tags) {

    /** The smallest registration: credit code, name, region. */
    public static EnterpriseRegistration of(String creditCode, String name, String regionCode) {
        return new EnterpriseRegistration(null, creditCode, name, regionCode, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}

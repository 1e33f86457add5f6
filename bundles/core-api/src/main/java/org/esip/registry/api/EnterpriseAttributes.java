package org.esip.registry.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The attributes of an active enterprise that eligibility conditions test, without its names, addresses, contact
 * data (never decrypted for it) or history: what {@link EnterpriseService#attributesAfter} reads for an index over
 * every enterprise. Each component is the same as in {@link Enterprise}.
 *
 * @param id             the platform's identifier
 * @param regionCode     administrative division (GB/T 2260)
 * @param industryCode   GB/T 4754-2017 code
 * @param size           enterprise size, {@code null} when the data do not decide it
 * @param employees      从业人员 (persons)
 * @param annualRevenue  营业收入, 万元
 * @param foundedOn      成立日期
 * @param qualifications qualifications with type, issue date and validity; their {@code number} is not read
 *                       ({@code null}) and {@code expired} is computed against today
 * @param tags           all tags, controlled and free
 */
public record EnterpriseAttributes(long id, String regionCode, String industryCode, EnterpriseSize size,
        Integer employees, BigDecimal annualRevenue, LocalDate foundedOn, List<Qualification> qualifications,
        Set<String> tags) {
    public EnterpriseAttributes {
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}

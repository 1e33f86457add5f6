package org.esip.provider.api;

import java.time.Instant;
import java.util.Set;

/**
 * An expert (clause 6.2.2) of the technical domains.
 *
 * @param idNumber    ID card number (personal data, encrypted at rest)
 * @param seniorTitle holds a senior professional title (高级职称)
 * @param volunteer   also serves as a volunteer expert (clause 5.2.6)
 * @param inPool      in the expert pool now (入库) or not (出库)
 */
public record Expert(long id, String name, String idNumber, Set<ServiceDomain> domains, String title,
        boolean seniorTitle, String employer, String phone, String email, boolean volunteer, String regionCode,
        Set<String> tags, boolean inPool, Instant createdAt, long version) {
    public Expert {
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}

package org.esip.provider.api;

import java.time.LocalDate;

/**
 * A qualification of a service organisation (e.g. 检验检测机构资质认定 CMA).
 *
 * @param expired computed against today; ignored on input
 */
public record OrganisationQualification(String type, String number, String issuer, LocalDate validUntil,
        Boolean expired) {
}

package org.esip.registry.api;

import java.time.LocalDate;

/**
 * A qualification or honour with its validity.
 *
 * @param type       what it is
 * @param number     certificate number, if any
 * @param issuedOn   when it was granted, if known
 * @param validUntil last day it is valid; {@code null} when it does not expire
 * @param expired    computed by the platform against today; ignored on input
 */
public record Qualification(QualificationType type, String number, LocalDate issuedOn, LocalDate validUntil,
        Boolean expired) {
}

package org.esip.provider.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated change of an organisation's admission or an expert's pool membership; none is ever removed.
 *
 * @param from            the state before ({@code null} for the first entry)
 * @param to              the state after
 * @param agreementNumber the admission agreement (入驻协议) number, when admitted
 * @param agreementDate   the agreement's date, when admitted
 */
public record StatusChange(Instant at, String actor, String from, String to, String reason, String agreementNumber,
        LocalDate agreementDate) {
}

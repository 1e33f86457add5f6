package org.esip.line.technical.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.esip.provider.api.ServiceDomain;

/**
 * A technical service offered by an admitted organisation in one of the eleven domains of clause 5.2.4.1.
 *
 * @param qualificationType     the organisation's qualification the offer rests on
 * @param qualificationValidUntil its last valid day as the organisation's record says ({@code null}: no expiry)
 * @param priceMin              the price, or the lower end of its range, in yuan ({@code null}: on request)
 * @param priceMax              the upper end of the range ({@code null}: a single price)
 * @param durationDays          typical duration in working days
 * @param bookable              whether an enterprise can book it now: active, organisation admitted, qualification valid
 * @param notBookableZh         why not, in Chinese ({@code null} when bookable)
 */
public record Offer(long id, long organisationId, String organisationName, ServiceDomain domain, String domainNameZh,
        String domainNameEn, String title, String scope, String qualificationType, String qualificationNumber,
        LocalDate qualificationValidUntil, BigDecimal priceMin, BigDecimal priceMax, String priceUnit,
        int durationDays, ServiceMode mode, boolean active, boolean bookable, String notBookableZh,
        String notBookableEn, Instant createdAt, long version) {
}

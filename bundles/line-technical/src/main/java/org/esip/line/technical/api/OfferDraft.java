package org.esip.line.technical.api;

import java.math.BigDecimal;

/**
 * A new offer or a change of one, as entered. Choices come as text ({@code domain} a technical
 * {@link org.esip.provider.api.ServiceDomain} name, {@code mode} a {@link ServiceMode}) so that every bad field is
 * named at once; {@code version} is required on a change.
 */
public record OfferDraft(Long organisationId, String domain, String title, String scope, String qualificationType,
        String qualificationNumber, BigDecimal priceMin, BigDecimal priceMax, String priceUnit, Integer durationDays,
        String mode, Boolean active, Long version) {
}

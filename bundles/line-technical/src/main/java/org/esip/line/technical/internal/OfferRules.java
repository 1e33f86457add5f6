package org.esip.line.technical.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationStatus;

/**
 * Whether an offer can be booked (clause 5.2.4.1 with 6.3.2): it is active, its organisation is admitted, and the
 * qualification it rests on is still among the organisation's qualifications and not expired. An offer that fails
 * is still shown, with the reason.
 */
final class OfferRules {
    /** Why an offer is not bookable: the text key, the field it is about, the 409/422 it answers, and its arguments. */
    record Refusal(String key, String field, boolean unprocessable, Object... args) {
    }

    private OfferRules() {
    }

    /** The qualification of {@code organisation} of this type (and number, when given). */
    static Optional<OrganisationQualification> qualification(Organisation organisation, String type, String number) {
        if (organisation == null || type == null) {
            return Optional.empty();
        }
        return organisation.qualifications().stream()
                .filter(q -> type.strip().equals(q.type() == null ? null : q.type().strip()))
                .filter(q -> number == null || number.isBlank() || number.strip().equals(q.number()))
                .findFirst();
    }

    /** Whether a qualification has expired on {@code today}. */
    static boolean expired(OrganisationQualification q, LocalDate today) {
        return Boolean.TRUE.equals(q.expired()) || q.validUntil() != null && q.validUntil().isBefore(today);
    }

    /** Why the offer is not bookable on {@code today}, or empty when it is. */
    static Optional<Refusal> refusal(boolean active, Organisation organisation, String type, String number,
            LocalDate today) {
        if (!active) {
            return Optional.of(new Refusal("offer.inactive", "offerId", false));
        }
        if (organisation == null || organisation.status() != OrganisationStatus.ADMITTED) {
            return Optional.of(new Refusal("offer.organisation-not-admitted", "organisationId", false,
                    organisation == null ? "?" : organisation.name(),
                    organisation == null ? "?" : organisation.status()));
        }
        Optional<OrganisationQualification> q = qualification(organisation, type, number);
        if (q.isEmpty()) {
            return Optional.of(new Refusal("offer.qualification-missing", "qualification", true, type,
                    number == null ? "—" : number));
        }
        if (expired(q.get(), today)) {
            return Optional.of(new Refusal("offer.qualification-expired", "qualification", true, q.get().type(),
                    q.get().number() == null ? "—" : q.get().number(), String.valueOf(q.get().validUntil())));
        }
        return Optional.empty();
    }
}

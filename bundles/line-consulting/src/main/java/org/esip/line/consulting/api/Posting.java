package org.esip.line.consulting.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A supply or demand (clause 5.2.5), posted by an enterprise ({@code enterpriseId}) or an organisation
 * ({@code organisationId}), structured by type, industry (GB/T 4754 code such as {@code C3823}), region
 * (administrative code such as {@code 330302}), amount range in yuan and validity period. Empty structure
 * fields mean "not limited".
 */
public record Posting(long id, PostingKind kind, PostingType type, String title, String description,
        Long enterpriseId, Long organisationId, String industry, String region, BigDecimal amountMin,
        BigDecimal amountMax, LocalDate validFrom, LocalDate validTo, boolean open, long version) {

    /** Who posted it, e.g. {@code E:12} or {@code O:3}; postings of the same owner never match each other. */
    public String owner() {
        return enterpriseId != null ? "E:" + enterpriseId : "O:" + organisationId;
    }

    /** Open and within its validity period on {@code date}. */
    public boolean activeOn(LocalDate date) {
        return open && (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}

package org.esip.line.policy.api;

import java.time.LocalDate;

/**
 * A search of the library: every part optional. {@code text} matches title, document number, summary and
 * issuer; {@code publishedFrom}/{@code publishedTo} bound the publication date.
 */
public record PolicyQuery(String text, PolicyCategory category, PolicyLevel level, String issuer,
        PolicyStatus status, String tag, LocalDate publishedFrom, LocalDate publishedTo, String sort) {

    public static PolicyQuery all() {
        return new PolicyQuery(null, null, null, null, null, null, null, null, null);
    }
}

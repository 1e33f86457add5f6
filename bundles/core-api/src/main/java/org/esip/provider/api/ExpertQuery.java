package org.esip.provider.api;

/** Which experts to find; {@code null} matches everything. Sort: {@code name}, {@code createdAt}, {@code -} for descending. */
public record ExpertQuery(String text, ServiceDomain domain, Boolean seniorTitle, Boolean volunteer, Boolean inPool,
        String tag, String sort) {
    public static ExpertQuery all() {
        return new ExpertQuery(null, null, null, null, null, null, null);
    }
}

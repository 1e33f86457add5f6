package org.esip.provider.api;

/**
 * Which organisations to find; {@code null} matches everything.
 *
 * @param sort {@code name}, {@code creditCode} or {@code createdAt}, {@code -} in front for descending
 */
public record OrganisationQuery(String text, String regionCode, ServiceDomain domain, String tag,
        OrganisationStatus status, Boolean allianceMember, String sort) {
    public static OrganisationQuery all() {
        return new OrganisationQuery(null, null, null, null, null, null, null);
    }
}

package org.esip.provider.api;

/** Which staff to find; {@code null} matches everything, except {@code active} which defaults to true. */
public record StaffQuery(String text, StaffPost post, Long servicePointId, Boolean fullTime, Boolean active,
        String sort) {
    public static StaffQuery all() {
        return new StaffQuery(null, null, null, null, null, null);
    }
}

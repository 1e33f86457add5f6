package org.esip.provider.api;

import java.time.Instant;

/** A service window of the platform or a township (乡镇/街道) enterprise service centre. */
public record ServicePoint(long id, String code, String name, ServicePointKind kind, String regionCode,
        String township, String address, String phone, boolean active, Instant createdAt, long version) {
}

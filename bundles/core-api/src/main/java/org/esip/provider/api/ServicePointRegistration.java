package org.esip.provider.api;

/** A new service point, or (with {@link #version}) its new state; the code identifies it and does not change. */
public record ServicePointRegistration(Long version, String code, String name, ServicePointKind kind,
        String regionCode, String township, String address, String phone) {
}

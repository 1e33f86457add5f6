package org.esip.provider.api;

import java.util.Set;

/** A new staff member, or (with {@link #version}) the member's new descriptive state. */
public record StaffRegistration(Long version, String name, StaffPost post, Boolean fullTime, String phone, String email,
        Set<Long> servicePointIds) {
}

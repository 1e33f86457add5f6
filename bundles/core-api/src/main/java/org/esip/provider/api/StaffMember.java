package org.esip.provider.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A member of the platform's staff (clause 6.2.1).
 *
 * @param servicePointIds the service points they work at
 * @param active          false once retired (离岗); the record and its history stay
 */
public record StaffMember(long id, String name, StaffPost post, boolean fullTime, String phone, String email,
        Set<Long> servicePointIds, List<TrainingRecord> training, boolean active, Instant createdAt, long version) {
    public StaffMember {
        servicePointIds = servicePointIds == null ? Set.of() : Set.copyOf(servicePointIds);
        training = training == null ? List.of() : List.copyOf(training);
    }
}

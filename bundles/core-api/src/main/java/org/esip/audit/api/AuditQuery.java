package org.esip.audit.api;

import java.time.Instant;

/** Which audit entries to find; every criterion left {@code null} matches everything. */
public record AuditQuery(String entityType, String entityId, String actor, Instant from, Instant to) {
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}

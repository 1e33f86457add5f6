package org.esip.audit.api;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Reads the audit log; entries are written by the registries in the same transaction as the change. */
@ProviderType
public interface AuditService {

    /** Entries matching {@code query}, newest first. */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);

    /**
     * Records something that is not a change to a registry record, in a transaction of its own: a sign-in, a
     * failed sign-in, an export, a read of personal data, a change to a service line's records.
     *
     * @param detail what a reader of the log needs to know (no secrets, no personal data), or {@code null}
     */
    void record(Actor actor, String action, String entityType, String entityId, String detail);
}

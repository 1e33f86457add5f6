package org.esip.audit.api;

import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Reads the audit log; entries are written by the registries in the same transaction as the change. */
@ProviderType
public interface AuditService {

    /** Entries matching {@code query}, newest first. */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);
}

package org.esip.registry.api;

import java.util.Optional;

import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The registry of enterprises (service objects, clause 4.4.2). */
@ProviderType
public interface EnterpriseService {

    /**
     * Registers an enterprise.
     *
     * @throws org.esip.core.api.ValidationException naming each invalid field
     * @throws org.esip.core.api.ConflictException   when the credit code is already registered
     */
    Enterprise register(EnterpriseRegistration registration);

    /** @throws org.esip.core.api.NotFoundException when no enterprise has this id */
    Enterprise get(long id);

    /**
     * Changes an enterprise's name, region, industry and tags, if nobody changed it since
     * {@code update.version()} (optimistic locking).
     *
     * @return the enterprise as stored now, with its next version
     * @throws org.esip.core.api.ValidationException naming each invalid field
     * @throws org.esip.core.api.NotFoundException   when no enterprise has this id
     * @throws org.esip.core.api.ConflictException   on field {@code version} when the record was
     *                                               changed since that version
     */
    Enterprise update(long id, EnterpriseUpdate update);

    Optional<Enterprise> findByCreditCode(String creditCode);

    /** Enterprises ordered by id, optionally only those whose name contains {@code nameContains}. */
    Page<Enterprise> list(String nameContains, PageRequest page);

    long count();
}

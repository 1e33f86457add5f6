package org.esip.registry.api;

import java.util.List;
import java.util.Optional;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.TableFormat;
import org.osgi.annotation.versioning.ProviderType;

/** The registry of enterprises (service objects, clause 4.4.2). Every change is audited. */
@ProviderType
public interface EnterpriseService {

    /**
     * Registers an enterprise.
     *
     * @throws org.esip.core.api.ValidationException naming each invalid field
     * @throws org.esip.core.api.ConflictException   when the credit code is already registered
     */
    Enterprise register(Actor actor, EnterpriseRegistration registration);

    /** @throws org.esip.core.api.NotFoundException when no enterprise has this id */
    Enterprise get(long id);

    /**
     * Replaces an enterprise's descriptive fields, if nobody changed it since {@code update.version()}.
     *
     * @throws org.esip.core.api.ValidationException naming each invalid field
     * @throws org.esip.core.api.NotFoundException   when no enterprise has this id
     * @throws org.esip.core.api.ConflictException   on field {@code version} when it changed since
     */
    Enterprise update(Actor actor, long id, EnterpriseRegistration update);

    /** Retires an enterprise (soft: its record and history stay). */
    Enterprise retire(Actor actor, long id, long version, String reason);

    Optional<Enterprise> findByCreditCode(String creditCode);

    Page<Enterprise> search(EnterpriseQuery query, PageRequest page);

    long count();

    /**
     * The active enterprises with an id above {@code afterId}, ascending by id, at most {@code max} (up to
     * 5 000), with their tags and qualifications: a bulk read in a fixed number of statements per call, for
     * building an index over every enterprise (pass the last id read to get the next page; a page shorter than
     * {@code max} is the last).
     */
    List<Enterprise> activeAfter(long afterId, int max);

    /**
     * The attributes eligibility conditions test of the active enterprises with an id above {@code afterId},
     * ascending by id, at most {@code max} (up to 20 000): the columns alone (no entities, no contact data), in one
     * statement for the enterprises and one each for their tags and qualifications per call. For building an
     * index over every enterprise: pass the last id read to get the next page; a page shorter than {@code max} is
     * the last.
     *
     * @since 3.4
     */
    List<EnterpriseAttributes> attributesAfter(long afterId, int max);

    /**
     * Imports a county's spreadsheet all or nothing: each row registers a new enterprise or updates the
     * one with its credit code, checked by the same rules as a single registration. If any row is
     * rejected, or {@code dryRun} is set, nothing is stored; the report says what each row did or would do.
     *
     * @throws org.esip.core.api.ValidationException on field {@code file} when the file cannot be read
     *                                               as {@code format}, is too large, or lacks a required column
     */
    ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun);

    /** {@link #importTable(Actor, byte[], TableFormat, boolean)}, telling {@code listener} how far it is as it runs. */
    ImportReport importTable(Actor actor, byte[] content, TableFormat format, boolean dryRun,
            ImportProgress.Listener listener);

    /** The enterprises a search finds (every page), in the import format, so an export re-imports unchanged. */
    byte[] exportTable(EnterpriseQuery query, TableFormat format);
}

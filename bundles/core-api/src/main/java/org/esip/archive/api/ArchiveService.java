package org.esip.archive.api;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The archive of every service item (clause 6.4). A ticket's file is sealed when it closes; nothing here
 * changes a sealed file.
 */
@ProviderType
public interface ArchiveService {

    /** @throws org.esip.core.api.NotFoundException when no file has this id */
    ArchiveFile get(long fileId);

    /** @throws org.esip.core.api.NotFoundException when the ticket has no sealed file (not closed yet) */
    ArchiveFile fileOfTicket(long ticketId);

    /** Sealed files, newest first, optionally of one enterprise only. */
    Page<ArchiveFile> list(Long enterpriseId, PageRequest page);

    /** Appends a correction to a sealed file (staff); the file itself stays as sealed. */
    ArchiveFile amend(Actor actor, long fileId, String text);

    /**
     * Purges a file's content once its retention has passed (administrators); its hashes stay so that
     * the chain still verifies.
     *
     * @throws org.esip.core.api.ConflictException on field {@code retainUntil} while it must still be kept
     */
    ArchiveFile purge(Actor actor, long fileId);

    /** Walks the whole chain and the content store. */
    ArchiveVerification verify();

    /** @throws org.esip.core.api.NotFoundException when no organisation has this id */
    OrganisationArchive organisationArchive(long organisationId);

    /** The retention in years, at least two (clause 6.4.4). */
    int retentionYears();
}

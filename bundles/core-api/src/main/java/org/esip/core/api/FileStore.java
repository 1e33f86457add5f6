package org.esip.core.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's files (clause 6.4.1): PDF, PNG, JPEG and office documents, recognised by their content and
 * required to agree with their name, up to the configured size, kept once per content under their SHA-256 in
 * the content store that backups copy. Tickets' attachments and service lines' files (a policy's original
 * text) go through here, so the rules are the same everywhere.
 */
@ProviderType
public interface FileStore {

    /**
     * Checks and stores a file.
     *
     * @throws ValidationException on field {@code filename} (missing, too long, with slashes or control
     *                             characters) or {@code file} (empty, too large, of a type not accepted or not
     *                             what its name says)
     */
    StoredFile store(String fileName, byte[] content);

    /** The bytes stored under this SHA-256, if they are there and intact. */
    Optional<byte[]> read(String sha256);
}

package org.esip.core.api;

/**
 * A file kept by the platform's {@link FileStore}: its name as uploaded, the type recognised from its content,
 * its size and the SHA-256 it is stored (and verified) by.
 */
public record StoredFile(String fileName, String contentType, long size, String sha256) {
}

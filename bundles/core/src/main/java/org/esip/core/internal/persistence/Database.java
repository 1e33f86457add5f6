package org.esip.core.internal.persistence;

/**
 * The platform's database after its schema has been migrated to the version this release needs.
 * Components that read or write records depend on this service, so none of them runs before the
 * migration has finished.
 */
public interface Database {

    /** e.g. "Apache Derby" or "PostgreSQL". */
    String productName();

    String productVersion();

    /** The schema version the migrations reached. */
    String schemaVersion();

    /** @return true when a connection can be opened and is valid */
    boolean isReachable();
}

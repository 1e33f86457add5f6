package org.esip.core.internal.persistence;

/**
 * Migration 24.1: the enterprise name search ({@code LOWER(name) LIKE '%…%'} or the credit code) through trigram
 * indexes on PostgreSQL (pg_trgm, a trusted extension since PostgreSQL 13 that the database's owner may create).
 * When the extension cannot be had the migration still succeeds and the search still works, by scanning, as on
 * Derby, where this migration does nothing. Given to Flyway as an instance (see {@link SchemaMigrator}).
 */
public final class V24_1__NameTrigram extends OptionalPostgreSQLIndexes {
    static final String[] POSTGRESQL = {
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE INDEX IF NOT EXISTS IX_ENTERPRISE_NAME_TRGM ON ENTERPRISE USING gin (LOWER(NAME) gin_trgm_ops)",
        "CREATE INDEX IF NOT EXISTS IX_ENTERPRISE_CREDIT_CODE_TRGM ON ENTERPRISE USING gin (CREDIT_CODE gin_trgm_ops)",
    };

    @Override
    String[] statements() {
        return POSTGRESQL;
    }

    @Override
    String without() {
        return "the search scans instead; a superuser can run CREATE EXTENSION pg_trgm first";
    }
}

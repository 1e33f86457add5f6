package org.esip.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration 24.1: the enterprise name search ({@code LOWER(name) LIKE '%…%'} or the credit code) through trigram
 * indexes on PostgreSQL (pg_trgm, a trusted extension since PostgreSQL 13 that the database's owner may create).
 * When the extension cannot be had the migration still succeeds and the search still works, by scanning, as on
 * Derby, where this migration does nothing. Given to Flyway as an instance (see {@link SchemaMigrator}).
 */
public final class V24_1__NameTrigram extends BaseJavaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(V24_1__NameTrigram.class);

    static final String[] POSTGRESQL = {
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE INDEX IF NOT EXISTS IX_ENTERPRISE_NAME_TRGM ON ENTERPRISE USING gin (LOWER(NAME) gin_trgm_ops)",
        "CREATE INDEX IF NOT EXISTS IX_ENTERPRISE_CREDIT_CODE_TRGM ON ENTERPRISE USING gin (CREDIT_CODE gin_trgm_ops)",
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!c.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
            return;
        }
        Savepoint before = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            for (String sql : POSTGRESQL) {
                s.execute(sql);
            }
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            c.rollback(before);
            LOG.warn("No trigram index for the enterprise name search (pg_trgm: {}); the search scans instead."
                    + " A superuser can run CREATE EXTENSION pg_trgm and the statements of V24_1__NameTrigram.",
                    e.getMessage());
        }
    }
}

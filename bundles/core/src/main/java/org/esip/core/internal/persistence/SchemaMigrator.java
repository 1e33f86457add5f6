package org.esip.core.internal.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database schema to this release's version with the Flyway migrations in
 * {@code org/esip/core/db/migration} when it is made; {@link DatabaseOpener} offers it as the {@link Database}
 * service once that has worked. Migrations are versioned scripts that only ever move forward, so an existing
 * installation is upgraded in place without losing rows; on PostgreSQL Flyway takes an advisory lock, so several
 * nodes may start at once.
 */
public class SchemaMigrator implements Database {
    static final String LOCATION = "classpath:org/esip/core/db/migration";
    public static final String HISTORY_TABLE = "ESIP_CORE_SCHEMA_HISTORY";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;
    private final String productName;
    private final String productVersion;
    private final String schemaVersion;

    /** Migrates the schema of {@code dataSource}'s database; throws when the database cannot be opened or migrated. */
    public SchemaMigrator(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            productName = meta.getDatabaseProductName();
            productVersion = meta.getDatabaseProductVersion();
        }
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // Java migrations are given, not scanned for (the bundle's class loader cannot be listed).
                // (one call with all of them: each call replaces the list the previous one gave)
                .javaMigrations(new V23__stage_days(), new V24_1__NameTrigram(), new V25_1__NameBigram(),
                        new V26_1__SparseTicketIndexes(), new V27_1__SparseNoticeIndexes())
                .table(HISTORY_TABLE)
                .baselineOnMigrate(false)
                // The types the two databases name differently: long text and binary content.
                .placeholders(Map.of("longText", productName.contains("PostgreSQL") ? "TEXT" : "CLOB",
                        "blob", productName.contains("PostgreSQL") ? "BYTEA" : "BLOB(2G)"))
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = versionAfter(result);
        LOG.info("esip database {} {}: schema at version {} ({} migration(s) applied now)", productName,
                productVersion, schemaVersion, result.migrationsExecuted);
    }

    /**
     * The schema version once {@code result}'s migration is done: the last version it applied, else the one it
     * found. Read from the result rather than from {@code flyway.info()}, because every Flyway command opens its
     * own connection, checks the database version again (on a database newer than Flyway knows, one more
     * "Flyway upgrade recommended" WARN each time) and reads the history table again.
     */
    public static String versionAfter(MigrateResult result) {
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion;
        return version == null ? "0" : version;
    }

    @Override
    public String productName() {
        return productName;
    }

    @Override
    public String productVersion() {
        return productVersion;
    }

    @Override
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public boolean isReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(5);
        } catch (SQLException e) {
            LOG.warn("esip database is not reachable: {}", e.getMessage());
            return false;
        }
    }
}

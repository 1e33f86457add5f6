package org.esip.core.internal.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.esip.audit.internal.AuditTrail;
import org.esip.core.internal.crypto.DataKey;
import org.esip.core.internal.crypto.DataKeyConfig;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.SchemaMigrator;

/**
 * The core's persistence as the distribution runs it, without OSGi: a fresh in-memory Derby database, the Flyway
 * migrations of {@code org/esip/core/db/migration}, the persistence unit {@code esip} on EclipseLink, the data key
 * that encrypts personal data and the audit trail, for the services' unit tests. Each instance is its own database.
 */
public final class InMemoryCore implements AutoCloseable {
    public final EmbeddedDataSource dataSource;
    public final SchemaMigrator database;
    public final Jpa jpa;
    public final AuditTrail audit;
    private final EntityManagerFactory emf;
    private final Path keyFolder;

    public InMemoryCore() {
        try {
            dataSource = new EmbeddedDataSource();
            dataSource.setDatabaseName("memory:esip-" + UUID.randomUUID());
            dataSource.setCreateDatabase("create");
            database = new SchemaMigrator(dataSource);
            keyFolder = Files.createTempDirectory("esip-key");
            DataKey key = new DataKey(
                    Configs.of(DataKeyConfig.class, Map.of("keyFile", keyFolder.resolve("esip-data.key").toString())));
            emf = Persistence.createEntityManagerFactory("esip", Map.of("javax.persistence.nonJtaDataSource",
                    dataSource, "eclipselink.logging.level", "SEVERE"));
            jpa = new Jpa(emf, database, key);
            audit = new AuditTrail(jpa);
        } catch (SQLException e) {
            throw new IllegalStateException("the in-memory database did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain connection to the same database, to look at what the tables hold. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() throws IOException {
        emf.close();
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(dataSource.getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            // dropping answers with an exception, never a connection
        } catch (SQLException expected) {
            // 08006: the in-memory database is gone
        }
        try (var files = Files.walk(keyFolder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

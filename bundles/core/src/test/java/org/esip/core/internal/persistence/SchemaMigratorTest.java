package org.esip.core.internal.persistence;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.After;
import org.junit.Test;

/** The schema version is read from the one migrate command, and is the one Flyway's own info reports. */
public class SchemaMigratorTest {
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();

    public SchemaMigratorTest() {
        dataSource.setDatabaseName("memory:esip-migrator-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
    }

    @After
    public void drop() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(dataSource.getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            // dropping answers with an exception, never a connection
        } catch (SQLException expected) {
            // 08006: the in-memory database is gone
        }
    }

    private String flywayInfoVersion() {
        return Flyway.configure(SchemaMigrator.class.getClassLoader()).dataSource(dataSource)
                .locations(SchemaMigrator.LOCATION).table(SchemaMigrator.HISTORY_TABLE).load().info().current()
                .getVersion().getVersion();
    }

    @Test
    public void aFreshDatabaseAndAnUpToDateOneReportTheLatestVersion() throws SQLException {
        String fresh = new SchemaMigrator(dataSource).schemaVersion();
        assertEquals(flywayInfoVersion(), fresh);
        // Second start: nothing to apply, the version is the one found.
        assertEquals(fresh, new SchemaMigrator(dataSource).schemaVersion());
    }

    @Test
    public void everyJavaMigrationIsAppliedBesideTheSqlOnes() throws SQLException {
        new SchemaMigrator(dataSource);
        List<String> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\" FROM " + SchemaMigrator.HISTORY_TABLE
                        + " WHERE \"type\" = 'JDBC' ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        }
        // each is given to Flyway explicitly (one list: a second call would replace the first)
        assertEquals(List.of("23", "24.1", "25.1", "26.1", "27.1"), applied);
    }

    @Test
    public void theVersionAfterAMigrateResult() {
        MigrateResult nothing = new MigrateResult("8.5.13", "esip", "APP");
        assertEquals("0", SchemaMigrator.versionAfter(nothing));
        nothing.initialSchemaVersion = "22";
        assertEquals("22", SchemaMigrator.versionAfter(nothing));
        nothing.targetSchemaVersion = "23";
        assertEquals("23", SchemaMigrator.versionAfter(nothing));
    }
}

package org.esip.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL server the PostgreSQL suites run on (127.0.0.1:5432, user postgres, as CI has it; change it with
 * {@code -Desip.itest.pg.url}, {@code -Desip.itest.pg.user} and {@code -Desip.itest.pg.database}): each suite
 * creates its own databases afresh and points the distribution's data source at one. PostgreSQL is required: a
 * suite fails when the server cannot be used, it never skips.
 */
final class PostgresDatabase {
    /** Several work trees may run the suites at once on one server: each can name its own databases. */
    static final String PREFIX = System.getProperty("esip.itest.pg.database", "esip_itest");

    private PostgresDatabase() {
    }

    /** The server's JDBC address without a database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}. */
    static String server() {
        return System.getProperty("esip.itest.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    }

    static String user() {
        return System.getProperty("esip.itest.pg.user", "postgres");
    }

    /** Drops (closing their sessions) and creates {@code databases}; fails loudly when the server cannot be used. */
    static void createAfresh(String... databases) {
        try (Connection c = DriverManager.getConnection(server() + "postgres", user(), "");
                Statement s = c.createStatement()) {
            for (String database : databases) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required for this suite and could not be used at " + server()
                    + " as user " + user() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code etc/org.ops4j.datasource-esip.cfg} for {@code database} into the test directory as
     * {@code fileName}: the shipped PostgreSQL settings, followed by {@code extra} lines ({@code key = value}).
     */
    static File datasource(String fileName, String database, String... extra) {
        List<String> lines = new ArrayList<>(List.of(
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                "url = " + server() + database,
                "user = " + user(),
                "password = ",
                "dataSourceName = esip",
                "osgi.jndi.service.name = esip",
                "pool = dbcp2",
                "xa = false"));
        lines.addAll(List.of(extra));
        lines.add("");
        File cfg = new File(System.getProperty("esip.itest.dir", "target"), fileName);
        try {
            Files.writeString(cfg.toPath(), String.join("\n", lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cfg;
    }
}

package org.esip.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * {@link PersistenceSuite} on PostgreSQL at 127.0.0.1:5432 (user postgres), in a database this test
 * creates afresh (and a second one, {@code <database>_restore}, that a backup is restored into). PostgreSQL is required: when it cannot be reached the suite fails, it never skips.
 * Host, port, user and database can be changed with -Desip.itest.pg.url, -Desip.itest.pg.user and
 * -Desip.itest.pg.database.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersistencePostgresIT extends PersistenceSuite {
    /** Several work trees may run this suite at once on one server: each can name its own database. */
    private static final String DATABASE = System.getProperty("esip.itest.pg.database", "esip_itest");

    @Configuration
    public Option[] config() {
        String server = System.getProperty("esip.itest.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("esip.itest.pg.user", "postgres");
        try (Connection c = DriverManager.getConnection(server + "postgres", user, "");
                Statement s = c.createStatement()) {
            // the suite's database, and an empty one for the fresh instance a backup is restored into
            for (String database : new String[] {DATABASE, DATABASE + "_restore"}) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required for this suite and could not be used at " + server
                    + " as user " + user + ": " + e.getMessage(), e);
        }
        try {
            File cfg = new File(System.getProperty("esip.itest.dir", "target"), "org.ops4j.datasource-esip.cfg");
            Files.writeString(cfg.toPath(), datasource(server + DATABASE, user));
            File fresh = new File(System.getProperty("esip.itest.dir", "target"), "org.ops4j.datasource-esip-restore.cfg");
            Files.writeString(fresh.toPath(), datasource(server + DATABASE + "_restore", user));
            return distribution(replaceConfigurationFile("etc/org.ops4j.datasource-esip.cfg", cfg),
                    systemProperty(FreshInstance.DATASOURCE_PROPERTY).value(fresh.getAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String datasource(String url, String user) {
        return String.join("\n",
                "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                "url = " + url,
                "user = " + user,
                "password = ",
                "dataSourceName = esip",
                "osgi.jndi.service.name = esip",
                "pool = dbcp2",
                "xa = false",
                "");
    }

    @Override
    protected String expectedDatabase() {
        return "PostgreSQL";
    }
}

package org.esip.line.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.esip.core.internal.persistence.Database;
import org.esip.core.internal.persistence.SchemaMigrator;
import org.esip.line.api.LineDatabase;
import org.esip.line.api.LineSchemaStatus;
import org.esip.line.api.ServiceLine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a service line's own Flyway migrations from the line bundle's class path on the platform's
 * DataSource, with the line's own history table. Available once the core's schema is migrated.
 */
@Component(service = LineDatabase.class)
public class LineDatabaseImpl implements LineDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(LineDatabaseImpl.class);
    private static final Pattern LINE_ID = Pattern.compile(ServiceLine.ID_PATTERN);
    private static final Pattern LOCATION = Pattern.compile("[A-Za-z0-9_./-]+");

    private final DataSource dataSource;
    private final Database database;

    @Activate
    public LineDatabaseImpl(@Reference(target = "(osgi.jndi.service.name=esip)") DataSource dataSource,
            @Reference Database database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    /** {@code ESIP_LINE_<ID>_SCHEMA_HISTORY}, '-' written as '_'. */
    static String historyTable(String lineId) {
        return "ESIP_LINE_" + lineId.toUpperCase(Locale.ROOT).replace('-', '_') + "_SCHEMA_HISTORY";
    }

    @Override
    public LineSchemaStatus migrate(String lineId, ClassLoader classLoader, String location) {
        if (lineId == null || !LINE_ID.matcher(lineId).matches()) {
            throw new IllegalArgumentException("line id '" + lineId + "' does not match " + ServiceLine.ID_PATTERN);
        }
        String path = location == null ? "" : location.strip().replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
        if (path.isEmpty() || !LOCATION.matcher(path).matches()) {
            throw new IllegalArgumentException("migration location '" + location + "' is not a class-path folder");
        }
        if (classLoader == null) {
            throw new IllegalArgumentException("the line's class loader is required");
        }
        String table = historyTable(lineId);
        // Flyway comes from this bundle; the scripts from the line's: resources are looked up there first.
        ClassLoader both = new LineFirstClassLoader(classLoader, LineDatabaseImpl.class.getClassLoader(), path);
        try {
            Flyway flyway = Flyway.configure(both)
                    .dataSource(dataSource)
                    .locations("classpath:" + path)
                    .table(table)
                    // The schema already holds the core's tables: the line's history starts empty, at 0.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .placeholders(Map.of("longText", database.productName().contains("PostgreSQL") ? "TEXT" : "CLOB",
                            "lineId", lineId))
                    .load();
            MigrateResult result = flyway.migrate();
            String version = SchemaMigrator.versionAfter(result);
            LOG.info("Service line {}: schema at version {} ({} migration(s) applied now, history in {})", lineId,
                    version, result.migrationsExecuted, table);
            return new LineSchemaStatus(lineId, table, version, result.migrationsExecuted);
        } catch (FlywayException e) {
            LOG.error("Service line {}: migrating its schema from {} failed", lineId, path, e);
            throw new IllegalStateException("service line " + lineId + ": schema migration failed: " + e.getMessage(), e);
        }
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String productName() {
        return database.productName();
    }

    /**
     * The migration folder only from the line's bundle (never the core's own migrations), everything else
     * (Flyway's classes and resources) from the core's.
     */
    static final class LineFirstClassLoader extends ClassLoader {
        private final ClassLoader line;
        private final String path;

        LineFirstClassLoader(ClassLoader line, ClassLoader platform, String path) {
            super(platform);
            this.line = line;
            this.path = path;
        }

        private boolean lines(String name) {
            String n = name.startsWith("/") ? name.substring(1) : name;
            return n.equals(path) || n.startsWith(path + "/");
        }

        @Override
        public URL getResource(String name) {
            return lines(name) ? line.getResource(name) : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return lines(name) ? line.getResources(name) : super.getResources(name);
        }
    }
}

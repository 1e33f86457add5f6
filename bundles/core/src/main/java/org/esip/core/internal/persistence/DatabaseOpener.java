package org.esip.core.internal.persistence;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.flywaydb.core.api.FlywayException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the platform's database when the platform starts: migrates its schema ({@link SchemaMigrator}) and only then
 * offers the {@link Database} service, so that no component that reads or writes records starts before. A database
 * that cannot be opened — the server not running, a database that does not exist, a user that may not log in — or a
 * schema that cannot be migrated is named in one log line without a stack trace, and tried again every
 * {@value #RETRY_SECONDS} s: the platform comes up by itself once the operator has created the database or corrected
 * {@code etc/org.ops4j.datasource-esip.cfg}. Before, the migrator's constructor threw, every component depending on it
 * failed in turn with its own stack trace and Karaf's installation of the boot features stopped with a
 * {@code NullPointerException}, so that even a database created afterwards needed a restart.
 */
@Component(immediate = true)
public class DatabaseOpener {
    static final long RETRY_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOpener.class);

    private final DataSource dataSource;
    private final Consumer<Database> publish;
    private ScheduledExecutorService retries;
    private ServiceRegistration<Database> registration;
    private Database database;
    private String problem;
    private int failedAttempts;
    private boolean closed;

    @Activate
    public DatabaseOpener(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=esip)") DataSource dataSource) {
        this.dataSource = dataSource;
        this.publish = opened -> registration = context.registerService(Database.class, opened, null);
        if (!tryOpen()) {
            retries = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "esip-database-opener");
                t.setDaemon(true);
                return t;
            });
            retries.scheduleWithFixedDelay(this::retry, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Without OSGi: {@code publish} is handed the database once it is open; nothing is tried again by itself. */
    DatabaseOpener(DataSource dataSource, Consumer<Database> publish) {
        this.dataSource = dataSource;
        this.publish = publish;
    }

    private void retry() {
        if (tryOpen() && retries != null) {
            retries.shutdown();
        }
    }

    /**
     * Migrates and publishes the database unless that has been done; true when it is open. A failure is logged once
     * for as long as it stays the same.
     */
    synchronized boolean tryOpen() {
        if (closed) {
            return false;
        }
        if (database != null) {
            return true;
        }
        try {
            database = new SchemaMigrator(dataSource);
        } catch (SQLException | RuntimeException e) {
            failedAttempts++;
            String now = describe(e);
            if (!now.equals(problem)) {
                problem = now;
                LOG.error("{}; trying again every {} s", now, RETRY_SECONDS);
            }
            return false;
        }
        if (failedAttempts > 0) {
            LOG.info("esip database opened after {} failed attempt(s)", failedAttempts);
        }
        problem = null;
        publish.accept(database);
        return true;
    }

    /** What stops the database from opening now, as the log names it; null when nothing does. */
    synchronized String problem() {
        return problem;
    }

    @Deactivate
    synchronized void close() {
        closed = true;
        if (retries != null) {
            retries.shutdownNow();
        }
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }

    /** One line for the operator: what failed, in the driver's or Flyway's words, and what to look at. */
    static String describe(Throwable failure) {
        if (cannotConnect(failure)) {
            return "esip cannot open its database (" + deepestMessage(failure) + "): check that the database server"
                    + " runs, that the database named in etc/org.ops4j.datasource-esip.cfg exists (README, \"Switching"
                    + " to PostgreSQL\": createdb) and that its user may log in";
        }
        String what = failure instanceof FlywayException && failure.getMessage() != null ? failure.getMessage()
                : deepestMessage(failure);
        return "esip cannot migrate its database's schema (" + what.strip().replaceAll("\\s*\\R\\s*", " ")
                + "): the schema is left at the version it had";
    }

    /**
     * True when opening a connection failed: the migrator's own first connection, or an SQL state of class 08
     * (connection), 28 (authorisation) or 3D (no such database, PostgreSQL) or Derby's XJ004 (no such database).
     */
    private static boolean cannotConnect(Throwable failure) {
        if (failure instanceof SQLException) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("28") || state.startsWith("3D")
                        || state.equals("XJ004")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String deepestMessage(Throwable failure) {
        String message = failure.toString();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

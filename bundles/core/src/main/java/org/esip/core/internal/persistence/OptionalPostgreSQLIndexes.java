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
 * A Java migration that adds what only speeds PostgreSQL up (search indexes, the functions they use): its
 * statements run inside a savepoint, and when one fails they are all rolled back, a warning says what is missing,
 * and the migration still succeeds, so the platform starts and answers as before, only slower. On Derby it does
 * nothing.
 */
abstract class OptionalPostgreSQLIndexes extends BaseJavaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(OptionalPostgreSQLIndexes.class);

    /** The statements, run in this order. */
    abstract String[] statements();

    /** What the platform does without them, for the warning (e.g. "two-character searches scan instead"). */
    abstract String without();

    @Override
    public final void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!c.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
            return;
        }
        Savepoint before = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            for (String sql : statements()) {
                s.execute(sql);
            }
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            c.rollback(before);
            LOG.warn("{} not applied ({}): {}. Its statements can be run by hand.", getClass().getSimpleName(),
                    e.getMessage(), without());
        }
    }
}

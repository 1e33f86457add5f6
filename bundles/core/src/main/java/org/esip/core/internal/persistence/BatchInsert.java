package org.esip.core.internal.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.eclipse.persistence.sessions.Session;

/**
 * Writes many rows of one table as one JDBC batch on the connection of the caller's transaction: one round trip
 * where EclipseLink, for a table with an {@code IDENTITY} key, sends each insert and then asks for the key. For rows
 * nobody reads back in the same transaction (timeline events, audit entries, inbox notices of a sweep); the key is
 * left to the database. The shared cache is off ({@code persistence.xml}), so no cached entity goes stale. An
 * {@link Instant} is written as {@link InstantConverter} writes it; a {@code null} is a {@code VARCHAR} null unless
 * the column is named in {@code numeric}.
 */
public final class BatchInsert {
    private BatchInsert() {
    }

    /**
     * @return whether the unit's database is PostgreSQL, where a caller may write in one statement what takes
     *         several elsewhere (e.g. two inserts joined by a {@code WITH})
     */
    public static boolean onPostgreSQL(EntityManager em) {
        String platform = em.unwrap(Session.class).getLogin().getPlatformClassName();
        return platform != null && platform.contains("PostgreSQL");
    }

    public static void into(EntityManager em, String table, List<String> columns, List<Object[]> rows) {
        into(em, table, columns, List.of(), rows);
    }

    /** Inserts {@code rows} (values in the order of {@code columns}) into {@code table}. */
    public static void into(EntityManager em, String table, List<String> columns, List<String> numeric,
            List<Object[]> rows) {
        into(em, table, columns, numeric.stream().collect(Collectors.toMap(c -> c, c -> Types.BIGINT)), rows);
    }

    /**
     * Inserts {@code rows} into {@code table}; a {@code null} is written as the SQL type {@code nullTypes} gives
     * its column ({@code VARCHAR} for the others), as PostgreSQL refuses a {@code VARCHAR} null in a {@code DATE}.
     */
    public static void into(EntityManager em, String table, List<String> columns, Map<String, Integer> nullTypes,
            List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush(); // what the transaction wrote through the mapping goes first
        insert(em, table, columns, nullTypes, rows);
    }

    /**
     * Inserts one row at once, without writing what the transaction holds through the mapping first: for a row
     * that refers to nothing, or only to rows already in the database (an audit entry; a ticket's event, the ticket
     * being stored before its first event). A flush per row would compare every entity of a long transaction each
     * time (an import of 500 rows writes 500 audit entries).
     */
    public static void row(EntityManager em, String table, List<String> columns, Object... values) {
        insert(em, table, columns, Map.of(), List.<Object[]>of(values));
    }

    private static void insert(EntityManager em, String table, List<String> columns, Map<String, Integer> nullTypes,
            List<Object[]> rows) {
        Connection c = em.unwrap(Connection.class);
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    Object v = row[i];
                    if (v == null) {
                        ps.setNull(i + 1, nullTypes.getOrDefault(columns.get(i), Types.VARCHAR));
                    } else if (v instanceof Instant at) {
                        ps.setTimestamp(i + 1, Timestamp.from(at));
                    } else if (v instanceof LocalDate day) {
                        ps.setDate(i + 1, Date.valueOf(day));
                    } else {
                        ps.setObject(i + 1, v);
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Batch insert into " + table + " failed", e);
        }
    }
}

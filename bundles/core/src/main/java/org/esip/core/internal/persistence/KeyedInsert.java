package org.esip.core.internal.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Vector;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping.WriteType;
import org.eclipse.persistence.sessions.Session;

/**
 * A new entity and the rows that refer to its generated key, written on PostgreSQL as one statement: the entity's
 * insert as its mapping builds it (every column, converted as the mapping converts it, the key left to the database),
 * then each row in an insert of its own joined by a {@code WITH}, the key in the column each names. Optionally the
 * transaction's plans are reused first ({@link Jpa#reusePlans}) in the same round trip. Where the mapping takes a
 * flush, an insert, a look-up of the key and one round trip per row (a ticket, its first event and its audit entry:
 * four round trips, issue 16), this takes one; a query the transaction makes next may be read in it too.
 *
 * <p>The entity is not managed afterwards: for entities nobody reads back through the mapping in the same
 * transaction (the shared cache is off, so nothing cached goes stale). PostgreSQL only: {@link #supported}.
 */
public final class KeyedInsert {
    /** A row that refers to the new key in column {@code keyColumn}; the other values in the order of columns. */
    public record Row(String table, String keyColumn, List<String> columns, List<Object> values) {
        public Row {
            if (columns.size() != values.size()) {
                throw new IllegalArgumentException(table + ": " + columns.size() + " columns, " + values.size() + " values");
            }
        }
    }

    /** What is done with the rows of a query read along with the insert. */
    @FunctionalInterface
    public interface RowsReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** A query read in the same round trip, after the inserts. */
    private record Reading(String sql, List<Object> parameters, RowsReader reader) {
    }

    private final Object entity;
    private final List<Row> rows = new ArrayList<>();
    private final List<Reading> readings = new ArrayList<>();
    private boolean reusePlans;

    private KeyedInsert(Object entity) {
        this.entity = entity;
    }

    /** Whether the unit's database lets this write in one statement (PostgreSQL); elsewhere use the mapping. */
    public static boolean supported(EntityManager em) {
        return BatchInsert.onPostgreSQL(em);
    }

    /** The insert of the new {@code entity}, whose key the database generates. */
    public static KeyedInsert of(Object entity) {
        return new KeyedInsert(entity);
    }

    /** Also inserts {@code row}, its key column set to the new entity's key. */
    public KeyedInsert with(Row row) {
        rows.add(row);
        return this;
    }

    /**
     * Where a statement read along ({@link #alsoReading}) names the new entity's key: replaced by the key's current
     * value in the session ({@code currval} of the key column's sequence), which the insert, run just before, set.
     */
    public static final String NEW_KEY = "{new-key}";

    /**
     * Also reads {@code sql} (a query whose parameters are {@code parameters}) in the same round trip, after the
     * inserts, and hands its rows to {@code reader} while {@link #write} runs: a read the transaction would make next
     * anyway, without a round trip of its own. The statement may write, e.g. a row that refers to the new key by
     * {@link #NEW_KEY}, and return what it wrote.
     */
    public KeyedInsert alsoReading(String sql, List<Object> parameters, RowsReader reader) {
        readings.add(new Reading(sql, parameters, reader));
        return this;
    }

    /** Sets the transaction to reuse plans ({@link Jpa#reusePlans}) in the same round trip, before the insert. */
    public KeyedInsert reusingPlans() {
        reusePlans = true;
        return this;
    }

    /** Writes the entity and the rows in the caller's transaction; returns the new key. */
    public long write(EntityManager em) {
        AbstractSession session = (AbstractSession) em.unwrap(Session.class);
        ClassDescriptor descriptor = session.getDescriptor(entity.getClass());
        if (descriptor.getPrimaryKeyFields().size() != 1 || descriptor.getTables().size() != 1) {
            throw new IllegalArgumentException(entity.getClass().getName() + " is not one table with a one-column key");
        }
        DatabaseField key = descriptor.getPrimaryKeyFields().get(0);
        AbstractRecord built = descriptor.getObjectBuilder().buildRow(entity, session, WriteType.INSERT);
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        Vector<DatabaseField> fields = built.getFields();
        for (int i = 0; i < fields.size(); i++) {
            DatabaseField field = fields.get(i);
            if (!field.getName().equalsIgnoreCase(key.getName())) {
                columns.add(field.getName());
                values.add(built.getValues().get(i));
            }
        }
        StringBuilder sql = new StringBuilder(reusePlans ? Jpa.REUSE_PLANS + "; " : "");
        sql.append("WITH k AS (INSERT INTO ").append(descriptor.getTableName()).append(" (")
                .append(String.join(", ", columns)).append(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") RETURNING ").append(key.getName()).append(")");
        List<Object> parameters = new ArrayList<>(values);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            sql.append(", r").append(r).append(" AS (INSERT INTO ").append(row.table()).append(" (")
                    .append(row.keyColumn());
            row.columns().forEach(c -> sql.append(", ").append(c));
            sql.append(") SELECT k.").append(key.getName());
            for (Object v : row.values()) {
                // a parameter in a select list has no type of its own: a null is a literal the insert types, a time
                // is cast to the column's type
                if (v == null) {
                    sql.append(", NULL");
                } else {
                    sql.append(v instanceof Instant ? ", CAST(? AS TIMESTAMP)" : v instanceof LocalDate ? ", CAST(? AS DATE)" : ", ?");
                    parameters.add(v);
                }
            }
            sql.append(" FROM k)");
        }
        sql.append(" SELECT ").append(key.getName()).append(" FROM k");
        // the column's own sequence, as PostgreSQL names it for an identity column: the table's name is parsed as an
        // identifier (folded to lower case), the column's is taken as written, and the migrations write both unquoted
        String newKey = "currval(pg_get_serial_sequence('" + descriptor.getTableName() + "', '"
                + key.getName().toLowerCase(Locale.ROOT) + "'))";
        for (Reading reading : readings) {
            sql.append("; ").append(reading.sql().replace(NEW_KEY, newKey));
            parameters.addAll(reading.parameters());
        }
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                set(ps, i + 1, parameters.get(i));
            }
            boolean result = ps.execute();
            while (!result && ps.getUpdateCount() != -1) {
                result = ps.getMoreResults(); // past the SET
            }
            long id;
            try (ResultSet rs = ps.getResultSet()) {
                if (rs == null || !rs.next()) {
                    throw new PersistenceException("no key returned by the insert into " + descriptor.getTableName());
                }
                id = rs.getLong(1);
            }
            for (Reading reading : readings) {
                if (!ps.getMoreResults()) {
                    throw new PersistenceException("no rows for " + reading.sql());
                }
                try (ResultSet rs = ps.getResultSet()) {
                    reading.reader().read(rs);
                }
            }
            return id;
        } catch (SQLException e) {
            throw new PersistenceException("Insert into " + descriptor.getTableName() + " failed", e);
        }
    }

    private static void set(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.NULL); // the column's own type, in a VALUES list of an insert
        } else if (v instanceof Instant at) {
            ps.setTimestamp(index, Timestamp.from(at));
        } else if (v instanceof LocalDate day) {
            ps.setDate(index, Date.valueOf(day));
        } else {
            ps.setObject(index, v);
        }
    }
}

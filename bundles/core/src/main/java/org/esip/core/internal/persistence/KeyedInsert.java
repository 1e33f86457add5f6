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
import java.util.Map;
import java.util.Vector;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DatabaseMapping.WriteType;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
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
        Columns columns = Columns.of(entity, descriptor, session);
        List<Object> parameters = columns.values(entity, session);
        List<RowShape> rowShapes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            rowShapes.add(RowShape.of(row));
            for (Object v : row.values()) {
                if (v != null) {
                    parameters.add(v);
                }
            }
        }
        List<String> readingSql = new ArrayList<>(readings.size());
        for (Reading reading : readings) {
            readingSql.add(reading.sql());
            parameters.addAll(reading.parameters());
        }
        Connection c = em.unwrap(Connection.class);
        Shape shape = new Shape(reusePlans, rowShapes, readingSql);
        try (PreparedStatement ps = c.prepareStatement(columns.statement(shape, c))) {
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

    /** A row's table and columns, and which of its values are null (a literal) or times (a cast). */
    private record RowShape(String table, String keyColumn, List<String> columns, String kinds) {
        static RowShape of(Row row) {
            char[] kinds = new char[row.values().size()];
            for (int i = 0; i < kinds.length; i++) {
                Object v = row.values().get(i);
                kinds[i] = v == null ? 'n' : v instanceof Instant ? 't' : v instanceof LocalDate ? 'd' : 'v';
            }
            return new RowShape(row.table(), row.keyColumn(), row.columns(), new String(kinds));
        }
    }

    /** Everything a statement's text depends on besides the entity's class. */
    private record Shape(boolean reusePlans, List<RowShape> rows, List<String> readings) {
    }

    /**
     * An entity class's columns as its mapping writes them on insert, and the statements built for it so far. Building
     * the row through the mapping ({@code ObjectBuilder.buildRow}, which looks every field up in the row it builds) and
     * the statement's text for every create cost about 10% of a create's CPU (issue 16); now each column's value is
     * read through its own mapping, and a statement's text is built once per shape (the same text each time also lets
     * the driver find its prepared statement without comparing a new string).
     */
    private static final class Columns {
        /** At most this many statements are kept per entity class; a shape beyond them is built each time. */
        private static final int STATEMENTS_KEPT = 64;
        private static final ClassValue<AtomicReference<Columns>> OF_CLASS = new ClassValue<>() {
            @Override
            protected AtomicReference<Columns> computeValue(Class<?> type) {
                return new AtomicReference<>();
            }
        };

        private final ClassDescriptor descriptor;
        private final String key;
        private final List<String> names;
        /**
         * Each column's mapping, in the order of {@link #names}; null when a column is not one direct mapping's (the
         * values then come from {@code buildRow}).
         */
        private final List<AbstractDirectMapping> mappings;
        private final Map<Shape, String> statements = new ConcurrentHashMap<>();
        private volatile String sequence;

        private Columns(ClassDescriptor descriptor, String key, List<String> names, List<AbstractDirectMapping> mappings) {
            this.descriptor = descriptor;
            this.key = key;
            this.names = names;
            this.mappings = mappings;
        }

        /** The columns of {@code entity}'s class in this session's descriptor (kept until the descriptor changes). */
        static Columns of(Object entity, ClassDescriptor descriptor, AbstractSession session) {
            AtomicReference<Columns> kept = OF_CLASS.get(entity.getClass());
            Columns columns = kept.get();
            if (columns == null || columns.descriptor != descriptor) {
                columns = read(entity, descriptor, session);
                kept.set(columns);
            }
            return columns;
        }

        private static Columns read(Object entity, ClassDescriptor descriptor, AbstractSession session) {
            if (descriptor.getPrimaryKeyFields().size() != 1 || descriptor.getTables().size() != 1) {
                throw new IllegalArgumentException(entity.getClass().getName() + " is not one table with a one-column key");
            }
            DatabaseField key = descriptor.getPrimaryKeyFields().get(0);
            List<String> names = new ArrayList<>();
            List<AbstractDirectMapping> mappings = new ArrayList<>();
            boolean direct = true;
            for (DatabaseField field : descriptor.getObjectBuilder().buildRow(entity, session, WriteType.INSERT).getFields()) {
                if (!field.getName().equalsIgnoreCase(key.getName())) {
                    names.add(field.getName());
                    DatabaseMapping mapping = descriptor.getObjectBuilder().getMappingForField(field);
                    if (mapping instanceof AbstractDirectMapping d && !d.isReadOnly() && d.getField().equals(field)) {
                        mappings.add(d);
                    } else {
                        direct = false;
                    }
                }
            }
            return new Columns(descriptor, key.getName(), List.copyOf(names), direct ? List.copyOf(mappings) : null);
        }

        /**
         * The key column's own sequence, as PostgreSQL names it (read once): named in the statement as a constant, which
         * PostgreSQL resolves when it prepares the statement, where {@code pg_get_serial_sequence} looked it up in the
         * catalogue with every create (issue 16).
         */
        private String sequence(Connection c) throws SQLException {
            String name = sequence;
            if (name == null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                    // the table's name is parsed as an identifier (folded to lower case), the column's is taken as
                    // written, and the migrations write both unquoted
                    ps.setString(1, descriptor.getTableName());
                    ps.setString(2, key.toLowerCase(Locale.ROOT));
                    try (ResultSet rs = ps.executeQuery()) {
                        name = rs.next() ? rs.getString(1) : null;
                    }
                }
                if (name == null) {
                    throw new SQLException("no sequence for " + descriptor.getTableName() + "." + key);
                }
                sequence = name;
            }
            return name;
        }

        /** The entity's column values in the order of the columns, converted as the mapping converts them. */
        List<Object> values(Object entity, AbstractSession session) {
            List<Object> values = new ArrayList<>(names.size() + 32);
            if (mappings != null) {
                for (AbstractDirectMapping m : mappings) {
                    values.add(m.getFieldValue(m.getAttributeValueFromObject(entity), session));
                }
                return values;
            }
            AbstractRecord built = descriptor.getObjectBuilder().buildRow(entity, session, WriteType.INSERT);
            Vector<DatabaseField> fields = built.getFields();
            for (int i = 0; i < fields.size(); i++) {
                if (!fields.get(i).getName().equalsIgnoreCase(key)) {
                    values.add(built.getValues().get(i));
                }
            }
            return values;
        }

        String statement(Shape shape, Connection c) throws SQLException {
            String sql = statements.get(shape);
            if (sql == null) {
                sql = build(shape, c);
                if (statements.size() < STATEMENTS_KEPT) {
                    statements.putIfAbsent(shape, sql);
                }
            }
            return sql;
        }

        private String build(Shape shape, Connection c) throws SQLException {
            StringBuilder sql = new StringBuilder(shape.reusePlans() ? Jpa.REUSE_PLANS + "; " : "");
            sql.append("WITH k AS (INSERT INTO ").append(descriptor.getTableName()).append(" (")
                    .append(String.join(", ", names)).append(") VALUES (");
            for (int i = 0; i < names.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            sql.append(") RETURNING ").append(key).append(")");
            for (int r = 0; r < shape.rows().size(); r++) {
                RowShape row = shape.rows().get(r);
                sql.append(", r").append(r).append(" AS (INSERT INTO ").append(row.table()).append(" (")
                        .append(row.keyColumn());
                row.columns().forEach(column -> sql.append(", ").append(column));
                sql.append(") SELECT k.").append(key);
                for (char kind : row.kinds().toCharArray()) {
                    // a parameter in a select list has no type of its own: a null is a literal the insert types, a
                    // time is cast to the column's type
                    sql.append(switch (kind) {
                        case 'n' -> ", NULL";
                        case 't' -> ", CAST(? AS TIMESTAMP)";
                        case 'd' -> ", CAST(? AS DATE)";
                        default -> ", ?";
                    });
                }
                sql.append(" FROM k)");
            }
            sql.append(" SELECT ").append(key).append(" FROM k");
            String newKey = shape.readings().isEmpty() ? null : "currval('" + sequence(c).replace("'", "''") + "'::regclass)";
            for (String reading : shape.readings()) {
                sql.append("; ").append(reading.replace(NEW_KEY, newKey));
            }
            return sql.toString();
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

package org.esip.backup.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The platform's tables as the database describes them (DatabaseMetaData), so a backup needs no list of
 * tables and picks up every table a later migration adds. Names are keyed in upper case, as the
 * migrations write them unquoted: Derby reports them in upper case, PostgreSQL in lower case.
 */
final class Schema {
    /** One column; {@code name} is as the database spells it. */
    record Column(String name, int jdbcType, String typeName, boolean autoIncrement) {
        String key() {
            return Schema.key(name);
        }

        Values.Kind kind() {
            return Values.Kind.of(jdbcType);
        }
    }

    /** One table; {@code name} is as the database spells it. */
    record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> parents) {
        String key() {
            return Schema.key(name);
        }

        Column column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
        }
    }

    final String product;
    final String schema;
    final String quote;
    /** Every table but the migration history, by upper-case name. */
    final Map<String, Table> tables;
    /** The migration history table as the database spells it, or null. */
    final String historyTable;

    private Schema(String product, String schema, String quote, Map<String, Table> tables, String historyTable) {
        this.product = product;
        this.schema = schema;
        this.quote = quote;
        this.tables = tables;
        this.historyTable = historyTable;
    }

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    boolean isPostgres() {
        return product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    boolean isDerby() {
        return product.toLowerCase(Locale.ROOT).contains("derby");
    }

    /** {@code "SCHEMA"."TABLE"}, quoted as the database spells them. */
    String qualified(String table) {
        return quote(schema) + "." + quote(table);
    }

    String quote(String identifier) {
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    List<String> parentsFirst() {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        tables.forEach((k, t) -> parents.put(k, t.parents()));
        return TableOrder.parentsFirst(tables.keySet(), parents);
    }

    List<String> childrenFirst() {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        tables.forEach((k, t) -> parents.put(k, t.parents()));
        return TableOrder.childrenFirst(tables.keySet(), parents);
    }

    /** Reads the tables of the connection's current schema, leaving {@code historyTable} out. */
    static Schema read(Connection c, String historyTable) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String product = meta.getDatabaseProductName();
        String schema = currentSchema(c, meta);
        String quote = meta.getIdentifierQuoteString();
        if (quote == null || quote.isBlank()) {
            quote = "\"";
        }
        quote = quote.strip();
        List<String> names = new ArrayList<>();
        String history = null;
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (key(name).equals(key(historyTable))) {
                    history = name;
                } else {
                    names.add(name);
                }
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (String name : names) {
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
                while (rs.next()) {
                    String def = rs.getString("COLUMN_DEF");
                    boolean auto = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))
                            || def != null && (def.toLowerCase(Locale.ROOT).contains("nextval(")
                                    || def.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT"));
                    columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                            auto));
                }
            }
            Map<Short, String> pk = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
                while (rs.next()) {
                    pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            Set<String> parents = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
                while (rs.next()) {
                    parents.add(key(rs.getString("PKTABLE_NAME")));
                }
            }
            tables.put(key(name), new Table(name, List.copyOf(columns), List.copyOf(pk.values()), parents));
        }
        return new Schema(product, schema, quote, tables, history);
    }

    private static String currentSchema(Connection c, DatabaseMetaData meta) throws SQLException {
        String schema = null;
        try {
            schema = c.getSchema();
        } catch (SQLException | AbstractMethodError | UnsupportedOperationException notSupported) {
            // older drivers: fall through
        }
        if (schema == null || schema.isBlank()) {
            String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                schema = "public";
            } else {
                String user = meta.getUserName();
                schema = user == null || user.isBlank() ? "APP" : key(user);
            }
        }
        return schema;
    }
}

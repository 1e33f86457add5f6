package org.esip.backup.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Calendar;
import java.util.TimeZone;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a column's value travels through a backup without loss, on any database: read from JDBC into a
 * plain Java value, written as JSON, read back from JSON by the source column's kind, and bound to the
 * target column by its kind (which may be another database's type for the same thing, e.g. Derby's
 * BOOLEAN and PostgreSQL's BIT).
 *
 * <ul>
 * <li>whole numbers: JSON numbers; decimals: strings of the exact value with its scale ("12.50", "1E+3");
 * floating point: JSON numbers (strings for NaN and the infinities)</li>
 * <li>dates, times and timestamps without a zone: ISO-8601 strings of the wall-clock value as stored,
 * read and written through a UTC calendar so that no daylight-saving gap of the JVM's zone can shift
 * them; timestamps with a zone: ISO-8601 with their offset</li>
 * <li>binary and BLOB: Base64 strings; text and CLOB: strings; SQL NULL: JSON null</li>
 * </ul>
 */
final class Values {
    /** Groups of JDBC types that travel the same way. */
    enum Kind {
        INTEGER, DECIMAL, FLOAT, BOOLEAN, TEXT, CLOB, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, BINARY, BLOB, OTHER;

        static Kind of(int jdbcType) {
            return switch (jdbcType) {
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
                case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
                case Types.FLOAT, Types.REAL, Types.DOUBLE -> FLOAT;
                case Types.BOOLEAN, Types.BIT -> BOOLEAN;
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR,
                        Types.LONGNVARCHAR -> TEXT;
                case Types.CLOB, Types.NCLOB -> CLOB;
                case Types.DATE -> DATE;
                case Types.TIME -> TIME;
                case Types.TIMESTAMP -> TIMESTAMP;
                case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIME_WITH_TIMEZONE -> TIMESTAMP_TZ;
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> BINARY;
                case Types.BLOB -> BLOB;
                default -> OTHER;
            };
        }
    }

    private static final ThreadLocal<Calendar> UTC =
            ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC")));

    private Values() {
    }

    /** Reads column {@code col} as a plain Java value, or null for SQL NULL. */
    static Object read(ResultSet rs, int col, Kind kind) throws SQLException {
        Object value = switch (kind) {
            case INTEGER -> rs.getLong(col);
            case DECIMAL -> rs.getBigDecimal(col);
            case FLOAT -> rs.getDouble(col);
            case BOOLEAN -> rs.getBoolean(col);
            case TEXT, CLOB, OTHER -> rs.getString(col);
            case DATE -> {
                Date d = rs.getDate(col, UTC.get());
                yield d == null ? null : LocalDate.ofInstant(Instant.ofEpochMilli(d.getTime()), ZoneOffset.UTC);
            }
            case TIME -> {
                Time t = rs.getTime(col, UTC.get());
                yield t == null ? null : LocalTime.ofInstant(Instant.ofEpochMilli(t.getTime()), ZoneOffset.UTC);
            }
            case TIMESTAMP -> {
                Timestamp t = rs.getTimestamp(col, UTC.get());
                yield t == null ? null : LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC);
            }
            case TIMESTAMP_TZ -> rs.getObject(col, OffsetDateTime.class);
            case BINARY, BLOB -> rs.getBytes(col);
        };
        return rs.wasNull() ? null : value;
    }

    /** Writes a value {@link #read} returned. */
    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof BigDecimal d) {
            json.writeString(d.toString()); // unscaled value and scale, e.g. "12.50" or "1E+3"
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                json.writeString(d.toString());
            } else {
                json.writeNumber(d);
            }
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof byte[] bytes) {
            json.writeString(Base64.getEncoder().encodeToString(bytes));
        } else {
            // String, LocalDate, LocalTime, LocalDateTime (ISO-8601, nanoseconds kept), OffsetDateTime
            json.writeString(value.toString());
        }
    }

    /** Reads back what {@link #write} wrote for a column of {@code kind}. */
    static Object decode(JsonNode node, Kind kind) {
        if (node == null || node.isNull()) {
            return null;
        }
        return switch (kind) {
            case INTEGER -> node.isIntegralNumber() ? node.longValue() : Long.parseLong(node.asText());
            case DECIMAL -> new BigDecimal(node.asText());
            case FLOAT -> node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asText());
            case BOOLEAN -> node.isBoolean() ? node.booleanValue() : Boolean.parseBoolean(node.asText());
            case TEXT, CLOB, OTHER -> node.asText();
            case DATE -> LocalDate.parse(node.asText());
            case TIME -> LocalTime.parse(node.asText());
            case TIMESTAMP -> LocalDateTime.parse(node.asText());
            case TIMESTAMP_TZ -> OffsetDateTime.parse(node.asText());
            case BINARY, BLOB -> Base64.getDecoder().decode(node.asText());
        };
    }

    /** Binds a decoded value to a parameter for a target column of {@code kind} and {@code jdbcType}. */
    static void bind(PreparedStatement ps, int index, Kind kind, int jdbcType, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, jdbcType);
            return;
        }
        switch (kind) {
            case INTEGER -> ps.setLong(index, value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue());
            case DECIMAL -> ps.setBigDecimal(index, value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
            case FLOAT -> ps.setDouble(index, ((Number) value).doubleValue());
            case BOOLEAN -> ps.setBoolean(index, value instanceof Boolean b ? b : ((Number) value).longValue() != 0);
            case TEXT -> ps.setString(index, value.toString());
            case CLOB -> {
                String s = value.toString();
                ps.setCharacterStream(index, new StringReader(s), s.length());
            }
            case DATE -> ps.setDate(index, new Date(((LocalDate) value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .toEpochMilli()), UTC.get());
            case TIME -> ps.setTime(index, new Time(((LocalTime) value).atDate(LocalDate.EPOCH).toInstant(ZoneOffset.UTC)
                    .toEpochMilli()), UTC.get());
            case TIMESTAMP -> {
                LocalDateTime t = value instanceof OffsetDateTime o ? o.toLocalDateTime() : (LocalDateTime) value;
                ps.setTimestamp(index, Timestamp.from(t.toInstant(ZoneOffset.UTC)), UTC.get());
            }
            case TIMESTAMP_TZ -> ps.setObject(index, value instanceof LocalDateTime l ? l.atOffset(ZoneOffset.UTC) : value);
            case BINARY -> ps.setBytes(index, (byte[]) value);
            case BLOB -> {
                byte[] bytes = (byte[]) value;
                ps.setBinaryStream(index, new ByteArrayInputStream(bytes), bytes.length);
            }
            case OTHER -> ps.setObject(index, value.toString(), Types.OTHER);
        }
    }
}

package org.esip.line.specialty.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.esip.line.api.LineDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The line's own table ({@code SPECIALTY_REQUEST}, migrated through {@link LineDatabase} with the history table of
 * line id {@code specialty}): the requests of every definition's line, kept by line id. Plain JDBC.
 */
@Component(service = SpecialtyStore.class)
public class SpecialtyStore {
    static final String SCHEMA_LINE_ID = "specialty";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "ID, LINE_ID, ITEM_CODE, ITEM_NAME_ZH, ITEM_NAME_EN, CATEGORY, ENTERPRISE_ID,"
            + " ANSWERS, TICKET_ID, SUBMITTED_BY, CREATED_AT";

    private final DataSource dataSource;

    /** A stored request. {@code answers}: name, type, labelZh, labelEn, value, displayZh, displayEn of each field. */
    public record StoredRequest(long id, String lineId, String item, String itemNameZh, String itemNameEn,
            String category, long enterpriseId, List<Map<String, Object>> answers, Long ticketId, String submittedBy,
            Instant createdAt) {
    }

    @Activate
    public SpecialtyStore(@Reference LineDatabase database) {
        database.migrate(SCHEMA_LINE_ID, SpecialtyStore.class.getClassLoader(), "org/esip/line/specialty/db");
        this.dataSource = database.dataSource();
    }

    /** Stores a request without its ticket; answers the stored row. */
    StoredRequest insert(String lineId, String item, String itemNameZh, String itemNameEn, String category,
            long enterpriseId, List<FormValidator.Answer> answers, String idempotencyKey, String submittedBy) {
        String json;
        try {
            json = JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO SPECIALTY_REQUEST (LINE_ID, ITEM_CODE, ITEM_NAME_ZH,"
                        + " ITEM_NAME_EN, CATEGORY, ENTERPRISE_ID, ANSWERS, IDEMPOTENCY_KEY, SUBMITTED_BY, CREATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, lineId);
            s.setString(2, item);
            s.setString(3, itemNameZh);
            s.setString(4, itemNameEn);
            s.setString(5, category);
            s.setLong(6, enterpriseId);
            s.setString(7, json);
            s.setString(8, idempotencyKey);
            s.setString(9, submittedBy);
            s.setTimestamp(10, Timestamp.from(now));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return get(keys.getLong(1)).orElseThrow();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    void setTicket(long id, long ticketId) {
        update("UPDATE SPECIALTY_REQUEST SET TICKET_ID = ? WHERE ID = ?", ticketId, id);
    }

    Optional<StoredRequest> get(long id) {
        List<StoredRequest> found = query("SELECT " + COLUMNS + " FROM SPECIALTY_REQUEST WHERE ID = ?", id);
        return found.stream().findFirst();
    }

    Optional<StoredRequest> byIdempotencyKey(String key) {
        return query("SELECT " + COLUMNS + " FROM SPECIALTY_REQUEST WHERE IDEMPOTENCY_KEY = ?", key).stream().findFirst();
    }

    /** The requests of {@code lineId} (every line when null), of one enterprise when given, newest first. */
    List<StoredRequest> list(String lineId, Long enterpriseId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM SPECIALTY_REQUEST WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (lineId != null) {
            sql.append(" AND LINE_ID = ?");
            args.add(lineId);
        }
        if (enterpriseId != null) {
            sql.append(" AND ENTERPRISE_ID = ?");
            args.add(enterpriseId);
        }
        sql.append(" ORDER BY ID DESC");
        List<StoredRequest> all = query(sql.toString(), args.toArray());
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    /** Requests stored without their ticket (the submission after storing did not complete). */
    List<StoredRequest> withoutTicket() {
        return query("SELECT " + COLUMNS + " FROM SPECIALTY_REQUEST WHERE TICKET_ID IS NULL ORDER BY ID");
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private List<StoredRequest> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            List<StoredRequest> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long ticket = r.getLong("TICKET_ID");
                    Long ticketId = r.wasNull() ? null : ticket;
                    out.add(new StoredRequest(r.getLong("ID"), r.getString("LINE_ID"), r.getString("ITEM_CODE"),
                            r.getString("ITEM_NAME_ZH"), r.getString("ITEM_NAME_EN"), r.getString("CATEGORY"),
                            r.getLong("ENTERPRISE_ID"), answers(r.getString("ANSWERS")), ticketId,
                            r.getString("SUBMITTED_BY"), r.getTimestamp("CREATED_AT").toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    private static List<Map<String, Object>> answers(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
            });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static RuntimeException failure(SQLException e) {
        return new IllegalStateException("specialty requests: " + e.getMessage(), e);
    }
}

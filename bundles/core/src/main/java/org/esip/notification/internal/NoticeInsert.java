package org.esip.notification.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.esip.core.internal.crypto.EncryptedString;
import org.esip.core.internal.persistence.KeyedInsert;
import org.esip.core.internal.seam.EnterpriseContact;

/**
 * Writes a notice and its deliveries on PostgreSQL as one statement (two inserts joined by a {@code WITH}, the keys
 * returned) on the connection of the caller's transaction, where the mapping takes two round trips and a flush of
 * the whole unit of work before each. The columns are those of {@link NotificationEntity} and
 * {@link DeliveryEntity}; the address is encrypted as their {@link EncryptedString} converter does. The shared cache
 * is off, so nothing cached goes stale; the rows are read back through the mapping as any other.
 */
final class NoticeInsert {
    private static final String NOTICE = "WITH n AS (INSERT INTO NOTIFICATION (ENTERPRISE_ID, USERNAME, TOPIC,"
            + " TITLE_ZH, TITLE_EN, BODY_ZH, BODY_EN, TICKET_ID, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " RETURNING ID)";
    private static final EncryptedString ENCRYPTED = new EncryptedString();

    private NoticeInsert() {
    }

    /** Stores notice {@code e} and its deliveries {@code made} (one per channel), setting their keys. */
    static void write(EntityManager em, NotificationEntity e, List<DeliveryEntity> made) {
        StringBuilder sql = new StringBuilder(NOTICE);
        if (made.isEmpty()) {
            sql.append(" SELECT n.ID, NULL, NULL FROM n");
        } else {
            sql.append(", d AS (INSERT INTO NOTIFICATION_DELIVERY (NOTIFICATION_ID, CHANNEL, ADDRESS, STATUS, ATTEMPTS,"
                    + " UPDATED_AT, NEXT_ATTEMPT_AT) SELECT n.ID, v.CHANNEL, v.ADDRESS, v.STATUS, v.ATTEMPTS,"
                    + " v.UPDATED_AT, v.NEXT_ATTEMPT_AT FROM n CROSS JOIN (VALUES ");
            for (int i = 0; i < made.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, CAST(? AS INTEGER), CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP))");
            }
            sql.append(") AS v (CHANNEL, ADDRESS, STATUS, ATTEMPTS, UPDATED_AT, NEXT_ATTEMPT_AT) RETURNING ID, CHANNEL)"
                    + " SELECT n.ID, d.ID, d.CHANNEL FROM n CROSS JOIN d");
        }
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 0;
            setLong(ps, ++p, e.enterpriseId);
            ps.setString(++p, e.username);
            ps.setString(++p, e.topic);
            ps.setString(++p, e.titleZh);
            ps.setString(++p, e.titleEn);
            ps.setString(++p, e.bodyZh);
            ps.setString(++p, e.bodyEn);
            setLong(ps, ++p, e.ticketId);
            ps.setTimestamp(++p, Timestamp.from(e.createdAt));
            for (DeliveryEntity d : made) {
                ps.setString(++p, d.channel);
                ps.setString(++p, ENCRYPTED.convertToDatabaseColumn(d.address));
                ps.setString(++p, d.status);
                ps.setInt(++p, d.attempts);
                ps.setTimestamp(++p, Timestamp.from(d.updatedAt));
                ps.setTimestamp(++p, d.nextAttemptAt == null ? null : Timestamp.from(d.nextAttemptAt));
            }
            Map<String, Long> deliveryIds = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    e.id = rs.getLong(1);
                    long deliveryId = rs.getLong(2);
                    if (!rs.wasNull()) {
                        deliveryIds.put(rs.getString(3), deliveryId);
                    }
                }
            }
            if (e.id == null || deliveryIds.size() != made.size()) {
                throw new PersistenceException("notice not stored as written: " + deliveryIds.size() + " of "
                        + made.size() + " deliveries");
            }
            for (DeliveryEntity d : made) {
                d.id = deliveryIds.get(d.channel);
                d.notificationId = e.id;
            }
        } catch (SQLException x) {
            throw new PersistenceException(x);
        }
    }

    /** The notice's insert, its ticket the one the same round trip writes. */
    private static final String NOTICE_ALONG = "WITH n AS (INSERT INTO NOTIFICATION (ENTERPRISE_ID, USERNAME, TOPIC,"
            + " TITLE_ZH, TITLE_EN, BODY_ZH, BODY_EN, TICKET_ID, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, "
            + KeyedInsert.NEW_KEY + ", ?) RETURNING ID, TICKET_ID)";

    /** The statement for an enterprise no channel reaches. */
    private static final String NOTICE_ONLY = NOTICE_ALONG + " SELECT n.ID, n.TICKET_ID, NULL, NULL, NULL FROM n";

    /**
     * The statement with deliveries by the text of the query that finds their addresses: the same text each time, so
     * the ticket's statement is found by identity (issue 16). Bounded by the texts {@link EnterpriseContact} makes.
     */
    private static final Map<String, String> WITH_DELIVERIES = new ConcurrentHashMap<>();

    private static String withDeliveries(String reachable) {
        return NOTICE_ALONG + ", d AS (INSERT INTO NOTIFICATION_DELIVERY (NOTIFICATION_ID, CHANNEL, ADDRESS, STATUS,"
                + " ATTEMPTS, UPDATED_AT, NEXT_ATTEMPT_AT) SELECT n.ID, a.CHANNEL, a.ADDRESS, ?, CAST(? AS INTEGER),"
                + " CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP) FROM n CROSS JOIN (" + reachable + ") AS a RETURNING ID,"
                + " CHANNEL, ADDRESS) SELECT n.ID, n.TICKET_ID, d.ID, d.CHANNEL, d.ADDRESS FROM n LEFT JOIN d ON TRUE";
    }

    /**
     * Adds notice {@code e} about the ticket {@code ticketInsert} writes, and its deliveries, to that insert's round trip
     * (issue 16). The deliveries are those {@code reachable} finds (a channel and its stored address per row), each
     * with {@code template}'s status, attempts and times; {@code written} gets them, with their keys and addresses,
     * while the insert is written.
     */
    static void along(KeyedInsert ticketInsert, NotificationEntity e, Optional<EnterpriseContact.Query> reachable,
            DeliveryEntity template, Consumer<List<DeliveryEntity>> written) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(e.enterpriseId, e.username, e.topic, e.titleZh,
                e.titleEn, e.bodyZh, e.bodyEn, e.createdAt));
        String sql;
        if (reachable.isEmpty()) {
            sql = NOTICE_ONLY;
        } else {
            sql = WITH_DELIVERIES.computeIfAbsent(reachable.get().sql(), NoticeInsert::withDeliveries);
            parameters.addAll(Arrays.asList(template.status, template.attempts, template.updatedAt,
                    template.nextAttemptAt));
            parameters.addAll(reachable.get().parameters());
        }
        ticketInsert.alsoReading(sql, parameters, rs -> {
            List<DeliveryEntity> made = new ArrayList<>();
            while (rs.next()) {
                e.id = rs.getLong(1);
                e.ticketId = rs.getLong(2);
                long deliveryId = rs.getLong(3);
                if (!rs.wasNull()) {
                    DeliveryEntity d = new DeliveryEntity();
                    d.id = deliveryId;
                    d.notificationId = e.id;
                    d.channel = rs.getString(4);
                    d.address = ENCRYPTED.convertToEntityAttribute(rs.getString(5));
                    d.status = template.status;
                    d.attempts = template.attempts;
                    d.updatedAt = template.updatedAt;
                    d.nextAttemptAt = template.nextAttemptAt;
                    made.add(d);
                }
            }
            if (e.id == null) {
                throw new SQLException("notice not stored with its ticket");
            }
            written.accept(made);
        });
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}

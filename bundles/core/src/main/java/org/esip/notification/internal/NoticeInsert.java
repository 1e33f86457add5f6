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

    /** One notice per enterprise of an array, the same text for each, their keys returned. */
    private static final String TO_EACH = "INSERT INTO NOTIFICATION (ENTERPRISE_ID, TOPIC, TITLE_ZH, TITLE_EN, BODY_ZH,"
            + " BODY_EN, CREATED_AT) SELECT u.E, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP) FROM UNNEST(CAST(? AS BIGINT[]))"
            + " WITH ORDINALITY AS u (E, I) ORDER BY u.I RETURNING ID, ENTERPRISE_ID";

    /** Many deliveries, a column an array, their keys returned. */
    private static final String DELIVERIES = "INSERT INTO NOTIFICATION_DELIVERY (NOTIFICATION_ID, CHANNEL, ADDRESS,"
            + " STATUS, ATTEMPTS, UPDATED_AT, NEXT_ATTEMPT_AT) SELECT * FROM UNNEST(CAST(? AS BIGINT[]),"
            + " CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS INTEGER[]),"
            + " CAST(? AS TIMESTAMP[]), CAST(? AS TIMESTAMP[])) RETURNING ID, NOTIFICATION_ID, CHANNEL";

    /**
     * Stores one notice like {@code template} (its topic, texts and time) for each of {@code enterpriseIds} in one
     * statement, where the mapping sends one insert per notice (issue 16: a policy's pushes, 500 at a time).
     *
     * @return the stored notices by enterprise, with their keys
     */
    static Map<Long, NotificationEntity> toEach(EntityManager em, NotificationEntity template,
            List<Long> enterpriseIds) {
        Map<Long, NotificationEntity> written = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return written;
        }
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement(TO_EACH)) {
            ps.setString(1, template.topic);
            ps.setString(2, template.titleZh);
            ps.setString(3, template.titleEn);
            ps.setString(4, template.bodyZh);
            ps.setString(5, template.bodyEn);
            ps.setTimestamp(6, Timestamp.from(template.createdAt));
            ps.setArray(7, c.createArrayOf("bigint", enterpriseIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    NotificationEntity e = new NotificationEntity();
                    e.id = rs.getLong(1);
                    e.enterpriseId = rs.getLong(2);
                    e.topic = template.topic;
                    e.titleZh = template.titleZh;
                    e.titleEn = template.titleEn;
                    e.bodyZh = template.bodyZh;
                    e.bodyEn = template.bodyEn;
                    e.createdAt = template.createdAt;
                    written.put(e.enterpriseId, e);
                }
            }
        } catch (SQLException x) {
            throw new PersistenceException(x);
        }
        if (written.size() != enterpriseIds.size()) {
            throw new PersistenceException("notices not stored as written: " + written.size() + " of "
                    + enterpriseIds.size());
        }
        return written;
    }

    /**
     * Stores {@code made} (each naming its stored notice, at most one per notice and channel) in one statement,
     * setting their keys; the addresses encrypted as the mapping's converter does.
     */
    static void deliveries(EntityManager em, List<DeliveryEntity> made) {
        if (made.isEmpty()) {
            return;
        }
        int n = made.size();
        Object[] notices = new Object[n];
        Object[] channels = new Object[n];
        Object[] addresses = new Object[n];
        Object[] statuses = new Object[n];
        Object[] attempts = new Object[n];
        Object[] updated = new Object[n];
        Object[] next = new Object[n];
        for (int i = 0; i < n; i++) {
            DeliveryEntity d = made.get(i);
            notices[i] = d.notificationId;
            channels[i] = d.channel;
            addresses[i] = ENCRYPTED.convertToDatabaseColumn(d.address);
            statuses[i] = d.status;
            attempts[i] = d.attempts;
            updated[i] = Timestamp.from(d.updatedAt);
            next[i] = d.nextAttemptAt == null ? null : Timestamp.from(d.nextAttemptAt);
        }
        Map<List<Object>, Long> keys = new HashMap<>();
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement(DELIVERIES)) {
            ps.setArray(1, c.createArrayOf("bigint", notices));
            ps.setArray(2, c.createArrayOf("varchar", channels));
            ps.setArray(3, c.createArrayOf("varchar", addresses));
            ps.setArray(4, c.createArrayOf("varchar", statuses));
            ps.setArray(5, c.createArrayOf("integer", attempts));
            ps.setArray(6, c.createArrayOf("timestamp", updated));
            ps.setArray(7, c.createArrayOf("timestamp", next));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.put(List.of(rs.getLong(2), rs.getString(3)), rs.getLong(1));
                }
            }
        } catch (SQLException x) {
            throw new PersistenceException(x);
        }
        for (DeliveryEntity d : made) {
            d.id = keys.get(List.of(d.notificationId, d.channel));
            if (d.id == null) {
                throw new PersistenceException("delivery of notice " + d.notificationId + " through " + d.channel
                        + " not stored as written");
            }
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

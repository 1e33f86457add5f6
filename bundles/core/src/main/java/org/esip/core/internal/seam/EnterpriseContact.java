package org.esip.core.internal.seam;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.esip.core.internal.crypto.EncryptedString;

/**
 * An enterprise's contact phone and e-mail, asked by another capability (the notifications' delivery addresses)
 * inside its own transaction. It selects the two columns only, decrypted by their mapping, where loading the
 * enterprise would read it with its qualifications, its tags and the tag definitions (four statements per notice,
 * issue 16), and it names the entity in JPQL (or, for one enterprise, its table's columns), so the asking capability
 * never imports the registry's entity class.
 */
public final class EnterpriseContact {
    /** The contact of one enterprise; either may be {@code null} when the enterprise left it empty. */
    public record Contact(String phone, String email) {
    }

    /** The contact of one enterprise and the notification channels it turned off. */
    public record Reach(Contact contact, Set<String> optedOut) {
    }

    /** The columns of {@code EnterpriseEntity} and {@code OptOutEntity} that {@link #reach} reads. */
    private static final String REACH = "SELECT e.CONTACT_PHONE, e.CONTACT_EMAIL, o.CHANNEL FROM ENTERPRISE e"
            + " LEFT JOIN NOTIFICATION_OPT_OUT o ON o.ENTERPRISE_ID = e.ID WHERE e.ID = ?";
    private static final EncryptedString ENCRYPTED = new EncryptedString();

    private EnterpriseContact() {
    }

    /** The contacts of the enterprises among {@code ids} that exist, in one statement (keep the list to hundreds). */
    public static Map<Long, Contact> ofEach(EntityManager em, Collection<Long> ids) {
        Map<Long, Contact> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT e.id, e.contactPhone, e.contactEmail FROM EnterpriseEntity e WHERE e.id IN :ids",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> found.put((Long) r[0], new Contact((String) r[1], (String) r[2])));
        }
        return found;
    }

    /**
     * The contact of enterprise {@code id} and the channels it turned off, in one statement (a notice's addresses
     * and opt-outs were two, issue 16), or empty when there is no such enterprise. Plain JDBC on the transaction's
     * connection after what it holds is written, as a query through the mapping would do, without the mapping's cost
     * of a query (7% of a ticket's creation); the columns are decrypted as their converter does.
     */
    public static Optional<Reach> reach(EntityManager em, long id) {
        em.flush();
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement(REACH)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return reachOf(rs);
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** A query and its parameters, to be part of another statement. */
    public record Query(String sql, List<Object> parameters) {
    }

    /**
     * The channels by which enterprise {@code id} can be reached, as a query to be part of another statement (a new
     * ticket's notice writes its deliveries from it in the ticket's round trip, issue 16): one row
     * {@code (CHANNEL, ADDRESS)} for each of {@code channels} (a channel's id and the contact it needs, {@code phone} or
     * {@code email}) that the enterprise did not turn off and has that contact for. The address is the column as stored,
     * encrypted as {@link EncryptedString} does, for a column that keeps it the same way. Empty when no channel needs a
     * contact the enterprise has columns for.
     */
    public static Optional<Query> reachable(Map<String, String> channels, long id) {
        List<Object> parameters = new ArrayList<>();
        channels.forEach((channel, kind) -> {
            String column = ADDRESS_COLUMNS.get(kind);
            if (column != null) {
                parameters.add(channel);
                parameters.add(column);
            }
        });
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        String sql = REACHABLE.computeIfAbsent(parameters.size() / 2, EnterpriseContact::reachable);
        parameters.add(id);
        return Optional.of(new Query(sql, parameters));
    }

    /**
     * The text of {@link #reachable(Map, long)}'s query by the number of channels it names: the same text each time, so
     * the statement it becomes part of is found by the text's identity (issue 16). Bounded by the channels installed.
     */
    private static final Map<Integer, String> REACHABLE = new ConcurrentHashMap<>();

    private static String reachable(int channels) {
        // a contact is stored null when it is empty (the converter keeps null as null), so null means no address
        return "SELECT r.CHANNEL, r.ADDRESS FROM (SELECT c.CHANNEL, CASE c.COLUMN_NAME"
                + " WHEN 'CONTACT_PHONE' THEN e.CONTACT_PHONE WHEN 'CONTACT_EMAIL' THEN e.CONTACT_EMAIL END AS ADDRESS"
                + " FROM (VALUES " + String.join(", ", Collections.nCopies(channels,
                        "(CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(20)))"))
                + ") AS c (CHANNEL, COLUMN_NAME) JOIN ENTERPRISE e ON e.ID = ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM NOTIFICATION_OPT_OUT o WHERE o.ENTERPRISE_ID = e.ID"
                + " AND o.CHANNEL = c.CHANNEL)) AS r WHERE r.ADDRESS IS NOT NULL";
    }

    /** The column of {@code ENTERPRISE} that holds each kind of contact a channel needs. */
    private static final Map<String, String> ADDRESS_COLUMNS = Map.of("phone", "CONTACT_PHONE", "email", "CONTACT_EMAIL");

    private static Optional<Reach> reachOf(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        Contact contact = new Contact(ENCRYPTED.convertToEntityAttribute(rs.getString(1)),
                ENCRYPTED.convertToEntityAttribute(rs.getString(2)));
        Set<String> off = new HashSet<>();
        do {
            if (rs.getString(3) != null) {
                off.add(rs.getString(3));
            }
        } while (rs.next());
        return Optional.of(new Reach(contact, off));
    }
}

package org.esip.core.internal.seam;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.eclipse.persistence.sessions.UnitOfWork;
import org.esip.core.internal.crypto.EncryptedString;
import org.esip.core.internal.persistence.KeyedInsert;

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
    /** The property of the transaction's unit of work that holds a reach read along with an insert. */
    private static final String READ_ALONG = EnterpriseContact.class.getName() + ".readAlong";

    /** A reach read along with an insert, for the enterprise {@code id}. */
    private record ReadAlong(long id, Optional<Reach> reach) {
    }

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
        UnitOfWork unit = em.unwrap(UnitOfWork.class);
        if (unit.getProperty(READ_ALONG) instanceof ReadAlong along && along.id() == id) {
            unit.removeProperty(READ_ALONG); // read once: a later change in this transaction is read afresh
            return along.reach();
        }
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

    /**
     * Reads enterprise {@code id}'s reach in {@code insert}'s round trip (issue 16: a new ticket's notice asks for it
     * right after the ticket is written); the next {@link #reach} of that enterprise in this transaction is answered
     * from it.
     */
    public static void readAlong(KeyedInsert insert, EntityManager em, long id) {
        UnitOfWork unit = em.unwrap(UnitOfWork.class);
        insert.alsoReading(REACH, List.of(id), rs -> unit.setProperty(READ_ALONG, new ReadAlong(id, reachOf(rs))));
    }

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

package org.esip.core.internal.seam;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

/**
 * An enterprise's contact phone and e-mail, asked by another capability (the notifications' delivery addresses)
 * inside its own transaction. It selects the two columns only, decrypted by their mapping, where loading the
 * enterprise would read it with its qualifications, its tags and the tag definitions (four statements per notice,
 * issue 16), and it names the entity in JPQL, so the asking capability never imports the registry's entity class.
 */
public final class EnterpriseContact {
    private static final String QUERY = "SELECT e.contactPhone, e.contactEmail FROM EnterpriseEntity e WHERE e.id = :id";

    /** The contact of one enterprise; either may be {@code null} when the enterprise left it empty. */
    public record Contact(String phone, String email) {
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

    /** The contact of enterprise {@code id}, or empty when there is no such enterprise. */
    public static Optional<Contact> of(EntityManager em, long id) {
        List<Object[]> rows = em.createQuery(QUERY, Object[].class).setParameter("id", id).setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Contact((String) r[0], (String) r[1]));
    }
}

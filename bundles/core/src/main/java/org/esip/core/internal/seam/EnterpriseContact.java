package org.esip.core.internal.seam;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

/**
 * An enterprise's contact phone and e-mail, asked by another capability (the notifications' delivery addresses)
 * inside its own transaction. It selects the two columns only, decrypted by their mapping, where loading the
 * enterprise would read it with its qualifications, its tags and the tag definitions (four statements per notice,
 * issue 16), and it names the entity in JPQL, so the asking capability never imports the registry's entity class.
 */
public final class EnterpriseContact {
    /** The contact of one enterprise; either may be {@code null} when the enterprise left it empty. */
    public record Contact(String phone, String email) {
    }

    /** The contact of one enterprise and the notification channels it turned off. */
    public record Reach(Contact contact, Set<String> optedOut) {
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
     * and opt-outs were two, issue 16), or empty when there is no such enterprise.
     */
    public static Optional<Reach> reach(EntityManager em, long id) {
        List<Object[]> rows = em.createQuery("SELECT e.contactPhone, e.contactEmail, o.channel FROM EnterpriseEntity e"
                + " LEFT JOIN OptOutEntity o ON o.enterpriseId = e.id WHERE e.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> off = new HashSet<>();
        rows.forEach(r -> {
            if (r[2] != null) {
                off.add((String) r[2]);
            }
        });
        return Optional.of(new Reach(new Contact((String) rows.get(0)[0], (String) rows.get(0)[1]), off));
    }
}

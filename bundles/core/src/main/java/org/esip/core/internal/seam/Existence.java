package org.esip.core.internal.seam;

import javax.persistence.EntityManager;

/**
 * "Does this id exist", asked by one capability of another's records inside the caller's transaction. It selects
 * the id only (loading the entity would fetch its eager collections to throw them away) and names the entity in
 * JPQL, so the asking capability never imports the other's entity class.
 */
public final class Existence {
    /** The records one capability may ask about, by their JPA entity names. */
    public enum Of {
        ENTERPRISE("EnterpriseEntity"),
        ORGANISATION("OrganisationEntity"),
        EXPERT("ExpertEntity"),
        STAFF("StaffEntity"),
        SERVICE_POINT("ServicePointEntity");

        private final String query;

        Of(String entity) {
            this.query = "SELECT e.id FROM " + entity + " e WHERE e.id = :id";
        }
    }

    private Existence() {
    }

    public static boolean exists(EntityManager em, Of kind, long id) {
        return !em.createQuery(kind.query, Long.class).setParameter("id", id).setMaxResults(1).getResultList()
                .isEmpty();
    }
}

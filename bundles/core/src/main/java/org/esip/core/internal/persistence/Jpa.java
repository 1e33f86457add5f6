package org.esip.core.internal.persistence;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;

import org.esip.core.internal.crypto.DataKey;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs units of work on the core persistence unit, each in its own resource-local transaction.
 * Depends on {@link Database} and {@link DataKey}, so no unit of work runs before the schema is
 * migrated and the key for personal data is loaded.
 */
@Component(service = Jpa.class)
public class Jpa {
    private final EntityManagerFactory emf;

    @Activate
    public Jpa(@Reference(target = "(osgi.unit.name=esip)") EntityManagerFactory emf,
            @Reference Database database, @Reference DataKey dataKey) {
        this.emf = emf;
    }

    /** Runs {@code work} in a transaction that commits when it returns and rolls back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            em.flush();
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs read-only {@code work}. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** @return true when the failure is a unique-constraint violation (SQLSTATE 23505 on Derby and PostgreSQL) */
    public static boolean isUniqueViolation(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

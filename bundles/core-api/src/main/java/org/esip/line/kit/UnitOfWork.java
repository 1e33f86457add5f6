package org.esip.line.kit;

import java.util.function.Consumer;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;

/**
 * One unit of work on a line's resource-local persistence unit: everything {@code work} writes commits together
 * when it returns, and nothing is stored when it throws. A stale {@code @Version} (two people pressing the same
 * button) is a 409 {@code version.stale}, not a 500.
 *
 * <p>A line's tables and the core's (tickets, registries) live in different persistence units, so one unit of work
 * cannot span both: see {@link TicketKeys} for the rule that makes such an operation safe.
 */
public final class UnitOfWork {
    private UnitOfWork() {
    }

    /** Runs {@code work} in a transaction that commits when it returns and rolls back when it throws. */
    public static <T> T write(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            em.flush();
            tx.commit();
            return result;
        } catch (OptimisticLockException e) {
            throw stale();
        } catch (RollbackException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw stale();
            }
            throw e;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** {@link #write} for work that returns nothing. */
    public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
        write(emf, em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs {@code work} that only reads, with an entity manager closed afterwards. */
    public static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private static RuntimeException stale() {
        return KitMessages.TEXTS.conflict("version.stale", "version");
    }
}

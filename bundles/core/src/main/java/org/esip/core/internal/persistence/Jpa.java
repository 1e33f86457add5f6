package org.esip.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.PersistenceException;

import org.esip.core.api.ConflictException;
import org.esip.core.api.EsipException;
import org.esip.core.api.PersistenceFailure;
import org.esip.core.api.UnavailableException;
import org.esip.core.internal.crypto.DataKey;
import org.esip.core.internal.i18n.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs units of work on the core persistence unit, each in its own resource-local transaction.
 * Depends on {@link Database} and {@link DataKey}, so no unit of work runs before the schema is
 * migrated and the key for personal data is loaded.
 */
@Component(service = Jpa.class)
public class Jpa {
    private static final Logger LOG = LoggerFactory.getLogger(Jpa.class);

    private final EntityManagerFactory emf;
    /** The transaction this thread is running through {@link #inTransaction}, if any. */
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    /** One open transaction: its entity manager and what waits for its commit. */
    private static final class Unit {
        final EntityManager em;
        final List<Runnable> afterCommit = new ArrayList<>();

        Unit(EntityManager em) {
            this.em = em;
        }
    }

    @Activate
    public Jpa(@Reference(target = "(osgi.unit.name=esip)") EntityManagerFactory emf,
            @Reference Database database, @Reference DataKey dataKey) {
        this.emf = emf;
    }

    /** How a unit of work may be run again after a failure that says nothing about the request itself. */
    public enum Retry {
        /** Never: a failure is answered (a stale record is a 409, a database that is away a 503). */
        NEVER,
        /** After a deadlock or lock timeout: for units of work that touch only the database. */
        TRANSIENT,
        /** Also after a unique-key clash: for units of work that replace what they find (PUT semantics). */
        TRANSIENT_AND_DUPLICATE
    }

    private static final int ATTEMPTS = 5;

    /** The statement of {@link #reusePlans}, for a caller that sends it with its own ({@link KeyedInsert}). */
    static final String REUSE_PLANS = "SET LOCAL plan_cache_mode = auto";

    /**
     * Lets PostgreSQL run the rest of this transaction's statements on the generic plans it keeps for prepared
     * statements ({@code SET LOCAL plan_cache_mode = auto}, undone at commit); nothing on Derby. The shipped
     * datasource plans every statement with its values ({@code force_custom_plan}), which the searches need (a
     * generic plan cannot see that a name fragment is selective, docs/benchmarks/lists.md) but which costs a
     * transaction of inserts and look-ups by key more database time than its statements themselves (a ticket's
     * creation: 0.8 of 1.8 ms, issue 16). For transactions whose statements all find their rows by key.
     */
    public static void reusePlans(EntityManager em) {
        if (!BatchInsert.onPostgreSQL(em)) {
            return;
        }
        try (Statement s = em.unwrap(Connection.class).createStatement()) {
            s.execute(REUSE_PLANS);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Runs {@code work} in a transaction that commits when it returns and rolls back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return inTransaction(work, Retry.NEVER);
    }

    /**
     * Runs {@code work} in a transaction, running it again (in a new transaction, after a short random pause)
     * when it failed as {@code retry} allows. {@code work} must then touch nothing but the database.
     */
    public <T> T inTransaction(Function<EntityManager, T> work, Retry retry) {
        for (int attempt = 1;; attempt++) {
            try {
                return once(work);
            } catch (RuntimeException e) {
                if (e instanceof EsipException) {
                    throw e;
                }
                PersistenceFailure kind = PersistenceFailure.of(e);
                boolean again = kind == PersistenceFailure.TRANSIENT && retry != Retry.NEVER
                        || kind == PersistenceFailure.DUPLICATE && retry == Retry.TRANSIENT_AND_DUPLICATE;
                if (!again || attempt >= ATTEMPTS) {
                    // A stale record stays a PersistenceException here: its caller may name the record and its
                    // current version (enterprises, providers); the REST problem mapper answers any other 409.
                    throw kind == PersistenceFailure.STALE ? e : translate(e);
                }
                pause(attempt);
            }
        }
    }

    private <T> T once(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        Unit outer = current.get();
        Unit unit = new Unit(em);
        T result;
        try {
            EntityTransaction tx = em.getTransaction();
            current.set(unit);
            try {
                tx.begin();
                result = work.apply(em);
                em.flush();
                tx.commit();
            } finally {
                if (tx.isActive()) {
                    try {
                        tx.rollback();
                    } catch (RuntimeException ignored) {
                        // the connection is gone; the failure that got us here is what counts
                    }
                }
            }
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
            em.close();
        }
        // Committed: what waited for it runs now, on this thread, and cannot undo it.
        runAfterCommit(unit.afterCommit);
        return result;
    }

    private static void runAfterCommit(List<Runnable> tasks) {
        for (Runnable task : tasks) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("A task after a commit failed: {}", e.toString(), e);
            }
        }
    }

    /**
     * Runs {@code work} in the transaction this thread has open through {@link #inTransaction}, so that it
     * commits or rolls back with it (one commit where there were two, issue 16); in a new transaction as
     * {@link #inTransaction(Function)} does when none is open. Joined work is retried only as the open
     * transaction is.
     */
    public <T> T inCurrentTransaction(Function<EntityManager, T> work) {
        Unit unit = current.get();
        return unit == null ? inTransaction(work) : work.apply(unit.em);
    }

    /**
     * Runs {@code task} once the transaction this thread has open commits; never when it rolls back (a retried
     * attempt's tasks are dropped with it). With no transaction open it runs at once. A failing task is logged.
     */
    public void afterCommit(Runnable task) {
        Unit unit = current.get();
        if (unit == null) {
            runAfterCommit(List.of(task));
        } else {
            unit.afterCommit.add(task);
        }
    }

    /** Runs read-only {@code work}. */
    public <T> T read(Function<EntityManager, T> work) {
        try {
            EntityManager em = emf.createEntityManager();
            try {
                return work.apply(em);
            } finally {
                em.close();
            }
        } catch (EsipException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * A persistence failure as the person asking should see it: a stale record or a lock that could not be had
     * is a conflict on {@code version}, a database that cannot be reached is "unavailable"; anything else
     * (including a unique violation, which its caller decides about) stays as it is.
     */
    public static RuntimeException translate(RuntimeException e) {
        return switch (PersistenceFailure.of(e)) {
            case STALE -> new ConflictException("record.concurrent", "version", Messages.zh("record.concurrent"),
                    Messages.en("record.concurrent"));
            case TRANSIENT -> new ConflictException("record.busy", null, Messages.zh("record.busy"),
                    Messages.en("record.busy"));
            case UNAVAILABLE -> new UnavailableException("database.unavailable", Messages.zh("database.unavailable"),
                    Messages.en("database.unavailable"), e);
            default -> e;
        };
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 40L * attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @return true when the failure is a violation of the foreign key {@code constraint} (SQLSTATE 23503 on Derby and
     *         PostgreSQL, the constraint named in the message): a reference to a record that does not exist, found by
     *         the insert itself instead of a look-up before it
     */
    public static boolean isForeignKeyViolation(Throwable e, String constraint) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && "23503".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT).contains(constraint.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** @return true when the failure is a unique-constraint violation (SQLSTATE 23505 on Derby and PostgreSQL) */
    public static boolean isUniqueViolation(PersistenceException e) {
        return PersistenceFailure.of(e) == PersistenceFailure.DUPLICATE;
    }
}

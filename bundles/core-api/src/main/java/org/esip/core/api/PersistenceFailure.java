package org.esip.core.api;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * The one classification of what a database failure means for the caller, used by the core (to retry
 * where retrying is safe) and by the REST problem mapper (to answer 409 or 503 instead of 500). It looks
 * only at the exception chain's types and SQLSTATEs, so it needs no JPA or driver classes.
 */
public enum PersistenceFailure {
    /** Someone changed the record since it was read (an optimistic lock failure): 409, reload and retry. */
    STALE,
    /** A unique constraint refused a second insert of the same key: 409 (or retry a replace). */
    DUPLICATE,
    /** A deadlock, lock timeout or serialization failure: the unit of work may simply be run again. */
    TRANSIENT,
    /** The database cannot be reached, refuses connections or has no room: 503. */
    UNAVAILABLE,
    /** Anything else: a programming error, 500. */
    OTHER;

    /** @return what {@code failure} (any exception, with its causes) means */
    public static PersistenceFailure of(Throwable failure) {
        PersistenceFailure found = OTHER;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            PersistenceFailure here = one(t);
            if (here == STALE || here == DUPLICATE || here == TRANSIENT) {
                return here;
            }
            if (here == UNAVAILABLE) {
                found = UNAVAILABLE;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                PersistenceFailure next = one(sql.getNextException());
                if (next != OTHER) {
                    return next;
                }
            }
        }
        return found;
    }

    private static PersistenceFailure one(Throwable t) {
        String type = t.getClass().getName();
        if (type.endsWith(".OptimisticLockException")) {
            return STALE;
        }
        if (type.endsWith(".LockTimeoutException") || type.endsWith(".PessimisticLockException")) {
            return TRANSIENT;
        }
        if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException) {
            return UNAVAILABLE;
        }
        // commons-pool's "Timeout waiting for idle object" or dbcp2's "Cannot get a connection".
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (type.equals("java.util.NoSuchElementException") && message.contains("timeout waiting")
                || message.contains("cannot get a connection") || message.contains("cannot create poolableconnection")) {
            return UNAVAILABLE;
        }
        if (!(t instanceof SQLException sql)) {
            return OTHER;
        }
        // PostgreSQL ends the session with severity FATAL when it refuses or drops the connection (database
        // not accepting connections, too many clients, shutting down): whatever the SQLSTATE, the database is away.
        if (String.valueOf(sql.getMessage()).startsWith("FATAL:")) {
            return UNAVAILABLE;
        }
        if (sql.getSQLState() == null) {
            return OTHER;
        }
        String state = sql.getSQLState();
        if (state.equals("23505")) {
            return DUPLICATE;
        }
        // 40001 serialization failure / Derby deadlock, 40P01 PostgreSQL deadlock, 40XL1/40XL2 Derby lock timeout,
        // 55P03 PostgreSQL lock not available.
        if (state.equals("40001") || state.equals("40P01") || state.startsWith("40XL") || state.equals("55P03")) {
            return TRANSIENT;
        }
        // 08 connection exceptions, 53 insufficient resources (PostgreSQL disk full, too many connections),
        // 57P0x PostgreSQL shutting down, XJ040/XJ004 Derby not booted or gone, XSDG/XSLA/XSDF Derby I/O (disk full).
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.equals("XJ040")
                || state.equals("XJ004") || state.startsWith("XSDG") || state.startsWith("XSLA")
                || state.startsWith("XSDF") || state.equals("40XD0") || state.equals("XBM0S")) {
            return UNAVAILABLE;
        }
        return OTHER;
    }
}

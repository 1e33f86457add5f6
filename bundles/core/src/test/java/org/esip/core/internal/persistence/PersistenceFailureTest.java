package org.esip.core.internal.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.util.NoSuchElementException;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.RollbackException;

import org.esip.core.api.ConflictException;
import org.esip.core.api.PersistenceFailure;
import org.esip.core.api.UnavailableException;
import org.junit.Test;

/** The one classification of database failures: what each means for the person who asked. */
public class PersistenceFailureTest {

    private static PersistenceException wrapped(String sqlState) {
        return new PersistenceException("wrapped", new RuntimeException("driver", new SQLException("x", sqlState)));
    }

    @Test
    public void aStaleRecordAtCommitIsAConflictOnVersion() {
        RuntimeException e = new RollbackException(new OptimisticLockException("stale"));
        assertEquals(PersistenceFailure.STALE, PersistenceFailure.of(e));
        RuntimeException answer = Jpa.translate(e);
        assertTrue(answer instanceof ConflictException);
        assertEquals("version", ((ConflictException) answer).field());
    }

    @Test
    public void deadlocksAndLockTimeoutsMayBeRunAgain() {
        for (String state : new String[] {"40001", "40XL1", "40XL2", "40P01", "55P03"}) {
            assertEquals(state, PersistenceFailure.TRANSIENT, PersistenceFailure.of(wrapped(state)));
        }
    }

    @Test
    public void aDatabaseThatIsAwayOrFullIsUnavailable() {
        for (String state : new String[] {"08001", "08006", "53100", "57P01", "XJ040", "XSDG1"}) {
            assertEquals(state, PersistenceFailure.UNAVAILABLE, PersistenceFailure.of(wrapped(state)));
        }
        assertEquals(PersistenceFailure.UNAVAILABLE, PersistenceFailure.of(new PersistenceException(
                new NoSuchElementException("Timeout waiting for idle object"))));
        assertTrue(Jpa.translate(wrapped("08001")) instanceof UnavailableException);
        // PostgreSQL refusing a connection to a database that does not accept connections (SQLSTATE 55000)
        assertEquals(PersistenceFailure.UNAVAILABLE, PersistenceFailure.of(new PersistenceException(new SQLException(
                "FATAL: database \"esip\" is not currently accepting connections", "55000"))));
    }

    @Test
    public void aUniqueViolationIsLeftToItsCallerAndOtherFailuresStayWhatTheyAre() {
        PersistenceException duplicate = wrapped("23505");
        assertEquals(PersistenceFailure.DUPLICATE, PersistenceFailure.of(duplicate));
        assertTrue(Jpa.isUniqueViolation(duplicate));
        assertEquals(duplicate, Jpa.translate(duplicate));
        PersistenceException syntax = wrapped("42X01");
        assertEquals(PersistenceFailure.OTHER, PersistenceFailure.of(syntax));
        assertEquals(syntax, Jpa.translate(syntax));
        assertEquals(PersistenceFailure.OTHER, PersistenceFailure.of(new IllegalStateException("bug")));
    }
}

package org.esip.identity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.junit.Test;

/**
 * The token check's accounts (clause 4.4.2; issue 16): read once per {@link SignedInAccounts#MAX_AGE}, and a
 * password change or a disabled account on this node is seen by the very next request.
 */
public class SignedInAccountsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SignedInAccounts accounts = new SignedInAccounts(now::get);
    private final Actor staff = new Actor("staff01", Set.of(Role.STAFF), null, null, null);

    @Test
    public void anAccountReadIsUsedUntilItIsTooOld() {
        accounts.remember("staff01", staff, true, 100, accounts.generation());
        assertEquals(staff, accounts.recent("staff01").orElseThrow().actor());
        now.addAndGet(SignedInAccounts.MAX_AGE.toNanos());
        assertTrue("still within the age", accounts.recent("staff01").isPresent());
        now.addAndGet(1);
        assertFalse("read again once older than the age", accounts.recent("staff01").isPresent());
    }

    @Test
    public void aChangeHereIsSeenAtOnce() {
        accounts.remember("staff01", staff, true, 100, accounts.generation());
        accounts.forget("staff01");
        assertFalse(accounts.recent("staff01").isPresent());
    }

    @Test
    public void aReadThatBeganBeforeAChangeIsNotKept() {
        long before = accounts.generation();
        // the check reads the account; meanwhile the account is disabled on this node
        accounts.forget("staff01");
        accounts.remember("staff01", staff, true, 100, before);
        assertFalse("what was read before the change is not trusted", accounts.recent("staff01").isPresent());
        accounts.remember("staff01", staff, false, 100, accounts.generation());
        assertFalse(accounts.recent("staff01").orElseThrow().enabled());
    }
}

package org.esip.identity.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.esip.core.api.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * What a token check needs of an account (its actor, whether it is enabled, when its password last changed), kept
 * for {@link #MAX_AGE} so that a caller's requests do not read the account and its roles every time (two of a
 * ticket create's statements, issue 16). A change on this node ({@link #forget}: a password changed or reset, an
 * account disabled) is seen by the next request at once; a change on another node sharing the database, or a
 * restore, within {@link #MAX_AGE}.
 */
@Component(service = SignedInAccounts.class)
public class SignedInAccounts {
    /** How long an account read from the database is trusted; bounds how late another node's change is seen. */
    static final Duration MAX_AGE = Duration.ofSeconds(1);
    /** Beyond this many accounts the expired ones are swept out. */
    private static final int SWEEP_ABOVE = 10_000;

    /** An account as a token check saw it. */
    record Seen(Actor actor, boolean enabled, long passwordChangedAt, long readAt) {
    }

    private final Map<String, Seen> accounts = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private volatile long generation;

    @Activate
    public SignedInAccounts() {
        this(System::nanoTime);
    }

    SignedInAccounts(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The account as seen less than {@link #MAX_AGE} ago, if it was. */
    Optional<Seen> recent(String username) {
        Seen seen = accounts.get(username);
        if (seen == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - seen.readAt() > MAX_AGE.toNanos()) {
            accounts.remove(username, seen);
            return Optional.empty();
        }
        return Optional.of(seen);
    }

    /** The generation to hand to {@link #remember} for what is read from now on. */
    long generation() {
        return generation;
    }

    /**
     * Keeps what was read, unless an account changed on this node since {@code readFrom} (the {@link #generation()}
     * taken before reading): that read may predate the change.
     */
    synchronized void remember(String username, Actor actor, boolean enabled, long passwordChangedAt, long readFrom) {
        if (readFrom != generation) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (accounts.size() > SWEEP_ABOVE) {
            accounts.values().removeIf(s -> now - s.readAt() > MAX_AGE.toNanos());
        }
        accounts.put(username, new Seen(actor, enabled, passwordChangedAt, now));
    }

    /** An account changed (password, enabled): the next token check reads it. */
    synchronized void forget(String username) {
        generation++;
        accounts.remove(username);
    }
}

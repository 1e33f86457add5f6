package org.esip.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock an account (clause 6.1 b): failures are counted per
 * client address and username, and per client address over all usernames. A client that failed {@code maxFailed}
 * times for one username within {@code window} is refused for that username until the window has passed; one that
 * failed ten times as often for any usernames is refused for all. Every other client, the administrator at
 * the console or on another machine included, signs in as usual. Whether the username exists plays no part, so
 * the answer reveals nothing about it. Kept in memory: a restart forgets it, and each node counts its own.
 */
final class SignInThrottle {
    /** Beyond this many tracked keys, expired ones are dropped (a flood of made-up names stays bounded). */
    private static final int MAX_KEYS = 100_000;
    private final int maxFailed;
    private final Duration window;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant since) {
    }

    SignInThrottle(int maxFailed, Duration window) {
        this.maxFailed = maxFailed;
        this.window = window;
    }

    /** @return true when {@code client} may not try {@code username} now */
    boolean refused(String client, String username, Instant now) {
        return over(pairKey(client, username), maxFailed, now) || over(clientKey(client), maxFailed * 10, now);
    }

    void failed(String client, String username, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> !now.isBefore(f.since().plus(window)));
        }
        count(pairKey(client, username), now);
        count(clientKey(client), now);
    }

    void succeeded(String client, String username) {
        failures.remove(pairKey(client, username));
    }

    /** How long a refused client waits, in whole minutes (for the message). */
    long minutes() {
        return Math.max(1, window.toMinutes());
    }

    private void count(String key, Instant now) {
        failures.merge(key, new Failures(1, now), (old, one) -> now.isBefore(old.since().plus(window))
                ? new Failures(old.count() + 1, old.since()) : one);
    }

    private boolean over(String key, int limit, Instant now) {
        Failures f = failures.get(key);
        return f != null && f.count() >= limit && now.isBefore(f.since().plus(window));
    }

    private static String pairKey(String client, String username) {
        return client + "\n" + (username == null ? "" : username);
    }

    private static String clientKey(String client) {
        return client + "\n*";
    }
}

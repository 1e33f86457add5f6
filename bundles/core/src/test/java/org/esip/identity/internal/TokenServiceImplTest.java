package org.esip.identity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.core.api.UnauthenticatedException;
import org.esip.identity.api.AccountService;
import org.junit.Test;

/**
 * The bearer token check (clause 4.4.2): a token whose signature was checked once is not checked again (issue 16),
 * yet every request still finds a changed token refused, an expired one refused and a disabled account refused.
 */
public class TokenServiceImplTest {
    private final Actor staff = new Actor("staff01", Set.of(Role.STAFF), null, null, null);
    private final AccountService accounts = (AccountService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {AccountService.class}, (proxy, method, args) -> {
                if (method.getName().equals("authenticate")) {
                    return staff;
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private final SignedInAccounts signedIn = new SignedInAccounts();
    private Instant now = Instant.parse("2026-12-04T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    private final TokenServiceImpl tokens = new TokenServiceImpl(accounts, null, signedIn, new byte[32],
            Duration.ofMinutes(30), clock);

    private String signIn() {
        signedIn.remember("staff01", staff, true, now.getEpochSecond() - 60, signedIn.generation());
        return tokens.issue("staff01", "secret").token();
    }

    @Test
    public void aTokenIsAcceptedOnEveryRequestUntilItExpires() {
        String token = signIn();
        assertEquals(staff, tokens.verify(token));
        assertEquals("the second time from the checked tokens", staff, tokens.verify(token));
        now = now.plus(Duration.ofMinutes(30));
        UnauthenticatedException e = assertThrows(UnauthenticatedException.class, () -> tokens.verify(token));
        assertEquals("auth.token-expired", e.code());
    }

    @Test
    public void aChangedTokenIsRefusedAfterTheGenuineOneWasAccepted() {
        String token = signIn();
        assertEquals(staff, tokens.verify(token));
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        assertEquals("auth.token-invalid",
                assertThrows(UnauthenticatedException.class, () -> tokens.verify(forged)).code());
        // another user's name under the genuine signature
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("admin\n" + now.getEpochSecond() + "\n" + now.plusSeconds(600).getEpochSecond()).getBytes());
        assertEquals("auth.token-invalid", assertThrows(UnauthenticatedException.class,
                () -> tokens.verify(parts[0] + "." + otherPayload + "." + parts[2])).code());
        assertEquals("the genuine one still works", staff, tokens.verify(token));
    }

    @Test
    public void aCheckedTokenOfADisabledAccountOrAChangedPasswordIsRefused() {
        String token = signIn();
        assertEquals(staff, tokens.verify(token));
        signedIn.remember("staff01", staff, false, now.getEpochSecond() - 60, signedIn.generation());
        assertEquals("auth.token-invalid",
                assertThrows(UnauthenticatedException.class, () -> tokens.verify(token)).code());
        signedIn.remember("staff01", staff, true, now.getEpochSecond() + 1, signedIn.generation());
        assertEquals("issued before the password changed", "auth.token-invalid",
                assertThrows(UnauthenticatedException.class, () -> tokens.verify(token)).code());
    }

    @Test
    public void theCheckedTokensNeverHoldMoreThanTheirBound() {
        for (int i = 0; i <= TokenServiceImpl.VERIFIED_MAX; i++) {
            now = now.plusSeconds(1); // a token per second: each one different
            assertEquals(staff, tokens.verify(signIn()));
        }
        assertEquals("started afresh when full, then held the last one", 1, tokens.verifiedCount());
    }
}

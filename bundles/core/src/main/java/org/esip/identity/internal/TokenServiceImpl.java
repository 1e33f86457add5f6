package org.esip.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.esip.core.api.Actor;
import org.esip.core.api.UnauthenticatedException;
import org.esip.core.internal.crypto.DataKey;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Jpa;
import org.esip.identity.api.AccountService;
import org.esip.identity.api.IssuedToken;
import org.esip.identity.api.TokenService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Bearer tokens signed with HMAC-SHA256: {@code esip1.<payload>.<signature>}, the payload being the
 * Base64url of {@code username \n issued-at \n expires-at} (epoch seconds). The signing key is derived
 * from the data key, so it never lives in the database and nodes sharing the key accept each other's
 * tokens. A token stops working when it expires, when its account is disabled, or when the account's
 * password changes after it was issued.
 */
@Component(service = TokenService.class, configurationPid = IdentityConfig.PID)
public class TokenServiceImpl implements TokenService {
    static final String PREFIX = "esip1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final AccountService accounts;
    private final Jpa jpa;
    private final SignedInAccounts signedIn;
    private final byte[] signingKey;
    /** How many checked tokens {@link #verified} holds before it starts afresh. */
    static final int VERIFIED_MAX = 10_000;
    /**
     * Tokens whose signature this key has checked, with their claims: a signature stays valid, so a token seen before
     * skips the HMAC (5% of a ticket's creation, issue 16). Only the signature: expiry and the account are checked on
     * every request. Forgotten all at once when full.
     */
    private final Map<String, Claims> verified = new ConcurrentHashMap<>();
    private volatile Duration lifetime;
    private final Clock clock;

    @Activate
    public TokenServiceImpl(@Reference AccountService accounts, @Reference Jpa jpa, @Reference DataKey dataKey,
            @Reference SignedInAccounts signedIn, IdentityConfig config) {
        this(accounts, jpa, signedIn, dataKey.derive("esip token signing v1"),
                Duration.ofMinutes(config.tokenLifetimeMinutes()), Clock.systemUTC());
    }

    TokenServiceImpl(AccountService accounts, Jpa jpa, SignedInAccounts signedIn, byte[] signingKey, Duration lifetime,
            Clock clock) {
        this.accounts = accounts;
        this.jpa = jpa;
        this.signedIn = signedIn;
        this.signingKey = signingKey.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A new token lifetime applies to tokens issued from now on; signed-in users stay signed in. */
    @Modified
    void modified(IdentityConfig config) {
        this.lifetime = Duration.ofMinutes(config.tokenLifetimeMinutes());
    }

    @Override
    public IssuedToken issue(String username, String password) {
        return issue(username, password, "unknown");
    }

    @Override
    public IssuedToken issue(String username, String password, String client) {
        Actor actor = accounts.authenticate(username, password, client);
        Instant now = Instant.now(clock);
        Instant expires = now.plus(lifetime);
        String payload = B64.encodeToString((actor.username() + "\n" + now.getEpochSecond() + "\n"
                + expires.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        String token = PREFIX + "." + payload + "." + B64.encodeToString(sign(payload));
        return new IssuedToken(token, "Bearer", Instant.ofEpochSecond(expires.getEpochSecond()), actor.username(),
                actor.roles());
    }

    @Override
    public Actor verify(String token) {
        Claims claims = parse(token);
        if (claims == null) {
            throw invalid();
        }
        if (!Instant.now(clock).isBefore(Instant.ofEpochSecond(claims.expires()))) {
            throw new UnauthenticatedException("auth.token-expired", Messages.zh("auth.token-expired"),
                    Messages.en("auth.token-expired"));
        }
        SignedInAccounts.Seen seen = signedIn.recent(claims.username()).orElseGet(() -> read(claims.username()));
        if (seen == null || !seen.enabled() || seen.passwordChangedAt() > claims.issued()) {
            throw invalid();
        }
        return seen.actor();
    }

    /** The account as the database has it now (kept for the next requests), or {@code null} when there is none. */
    private SignedInAccounts.Seen read(String username) {
        long generation = signedIn.generation();
        Optional<AccountEntity> account = jpa.read(em -> AccountServiceImpl.findEntity(em, username));
        if (account.isEmpty()) {
            return null;
        }
        AccountEntity a = account.get();
        long changed = a.passwordChangedAt().getEpochSecond();
        signedIn.remember(username, a.toActor(), a.enabled(), changed, generation);
        return new SignedInAccounts.Seen(a.toActor(), a.enabled(), changed, 0);
    }

    /** How many checked tokens are held now. */
    int verifiedCount() {
        return verified.size();
    }

    private record Claims(String username, long issued, long expires) {
    }

    /** @return the claims of a well-formed token with a valid signature, else null */
    Claims parse(String token) {
        if (token == null) {
            return null;
        }
        Claims known = verified.get(token);
        if (known != null) {
            return known;
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            return null;
        }
        try {
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(signature, sign(parts[1]))) {
                return null;
            }
            String[] fields = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).split("\n");
            if (fields.length != 3) {
                return null;
            }
            Claims claims = new Claims(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]));
            if (verified.size() >= VERIFIED_MAX) {
                verified.clear();
            }
            verified.put(token, claims);
            return claims;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static UnauthenticatedException invalid() {
        return new UnauthenticatedException("auth.token-invalid", Messages.zh("auth.token-invalid"),
                Messages.en("auth.token-invalid"));
    }
}

package org.esip.rest.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Signing in the web pages by cookie (see docs/web-front.md): the same signed token as a bearer token,
 * kept by the browser in an {@code HttpOnly; SameSite=Strict} cookie that no script can read. A request
 * that changes something with this cookie must also carry {@code X-Esip-Csrf: 1}, which another site's
 * form or image can never send, and, when the browser names its {@code Origin}, come from this host.
 */
final class SessionCookie {
    static final String NAME = "esip_session";
    static final String CSRF_HEADER = "X-Esip-Csrf";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private SessionCookie() {
    }

    /** The {@code Set-Cookie} value that keeps {@code token} until it expires. */
    static String set(String token, Instant expiresAt, Instant now, boolean secure) {
        long maxAge = Math.max(0, Duration.between(now, expiresAt).getSeconds());
        return NAME + "=" + token + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that removes the cookie. */
    static String clear(boolean secure) {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /**
     * Whether a cookie-authenticated request may go on: safe methods always; others only with
     * {@code X-Esip-Csrf: 1} and an {@code Origin} (when present) naming the same host and port as {@code Host}.
     */
    static boolean allows(String method, String csrfHeader, String origin, String host) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (!"1".equals(csrfHeader == null ? null : csrfHeader.strip())) {
            return false;
        }
        if (origin == null) {
            return true;
        }
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            String authority = uri.getRawAuthority();
            if (authority == null || uri.getScheme() == null) {
                return false;
            }
            return sameAuthority(uri.getScheme(), authority, host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean sameAuthority(String scheme, String originAuthority, String host) {
        if (originAuthority.equalsIgnoreCase(host)) {
            return true;
        }
        // "Host: example.org" and "Origin: https://example.org:443" are the same place
        String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return originAuthority.equalsIgnoreCase(host + defaultPort) || (originAuthority + defaultPort).equalsIgnoreCase(host);
    }
}

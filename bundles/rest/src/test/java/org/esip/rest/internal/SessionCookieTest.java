package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Test;

public class SessionCookieTest {
    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

    @Test
    public void theCookieIsHttpOnlyStrictAndLivesAsLongAsTheToken() {
        String cookie = SessionCookie.set("abc.def", NOW.plusSeconds(3600), NOW, false);
        assertEquals("esip_session=abc.def; Path=/; Max-Age=3600; HttpOnly; SameSite=Strict", cookie);
        assertTrue(SessionCookie.set("t", NOW.plusSeconds(60), NOW, true).endsWith("; Secure"));
    }

    @Test
    public void signingOutExpiresTheCookie() {
        assertEquals("esip_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict", SessionCookie.clear(false));
    }

    @Test
    public void readingNeedsNoCsrfHeader() {
        assertTrue(SessionCookie.allows("GET", null, "https://evil.example", "esip.example"));
        assertTrue(SessionCookie.allows("HEAD", null, null, "esip.example"));
    }

    @Test
    public void aChangeWithoutTheCsrfHeaderIsRefused() {
        assertFalse(SessionCookie.allows("POST", null, null, "localhost:8181"));
        assertFalse(SessionCookie.allows("DELETE", "0", null, "localhost:8181"));
        assertFalse(SessionCookie.allows("PUT", "", "http://localhost:8181", "localhost:8181"));
    }

    @Test
    public void aChangeWithTheHeaderFromThisHostIsAllowed() {
        assertTrue(SessionCookie.allows("POST", "1", "http://localhost:8181", "localhost:8181"));
        assertTrue(SessionCookie.allows("PATCH", "1", null, "localhost:8181"));
        assertTrue(SessionCookie.allows("POST", "1", "https://esip.example", "esip.example"));
        assertTrue(SessionCookie.allows("POST", "1", "https://esip.example:443", "esip.example"));
    }

    @Test
    public void aChangeFromAnotherOriginIsRefusedEvenWithTheHeader() {
        assertFalse(SessionCookie.allows("POST", "1", "http://evil.example:8181", "localhost:8181"));
        assertFalse(SessionCookie.allows("POST", "1", "http://localhost:9999", "localhost:8181"));
        assertFalse(SessionCookie.allows("DELETE", "1", "null", "localhost:8181"));
        assertFalse(SessionCookie.allows("POST", "1", "http://localhost:8181", null));
    }
}

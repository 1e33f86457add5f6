package org.esip.web.internal;

import javax.servlet.http.HttpServletResponse;

/**
 * The headers every page and file of the web front carries: a Content-Security-Policy that allows only
 * the platform's own scripts and styles (no inline script, no eval, no framing), no MIME sniffing, no
 * referrer beyond the platform, and how long a browser may keep what it got.
 */
final class SecurityHeaders {
    /** The policy fixed in docs/WEB-CONTRACT (decision 2): plain ES modules and one stylesheet, nothing inline. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** How long a browser keeps a file before asking again. */
    enum Caching {
        /** Pages and the platform's own modules: always revalidated (ETag), so a new version shows at once. */
        REVALIDATE("no-cache"),
        /** Third-party libraries from WebJars: their content changes only with their pinned version. */
        LIBRARY("public, max-age=86400"),
        /** Answers that must not be kept (errors). */
        NONE("no-store");

        final String header;

        Caching(String header) {
            this.header = header;
        }
    }

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response, Caching caching) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cache-Control", caching.header);
    }
}

package org.esip.rest.internal;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.function.Supplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.Actor;
import org.esip.core.api.EsipException;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.PublicInformation;
import org.esip.identity.api.TokenService;

/**
 * Default deny: every request needs a valid Bearer token unless its resource method (or class) is
 * marked {@link PublicInformation}. A valid token puts the caller's {@link Actor} into the
 * SecurityContext, where {@link Access} finds it; a missing, expired or forged one is a 401 problem.
 *
 * <p>The web pages send the same token in the {@link SessionCookie} instead; it counts only when there is
 * no {@code Authorization} header, and a cookie-authenticated request that changes something must pass
 * the {@link SessionCookie#allows CSRF check} (else 403). On a public resource an invalid cookie is
 * ignored (the caller is anonymous), so an expired session never hides the public site.
 *
 * <p>It runs first ({@link Priorities#AUTHENTICATION}); {@link RolesAllowedFeature}'s checks come after it.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final Supplier<TokenService> tokens;

    @Context
    private ResourceInfo resource;

    /**
     * Checks tokens with the token service {@code tokens} gives at each request; while it gives none (the platform
     * is starting, or cannot open its database) a request for a resource that needs a token is answered 503 if it
     * brings one (401 if not), and one for a public resource is served as anonymous.
     */
    AuthenticationFilter(Supplier<TokenService> tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean open = isPublic();
        if (header == null || header.isBlank()) {
            Cookie cookie = request.getCookies().get(SessionCookie.NAME);
            if (cookie != null && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                byCookie(request, cookie.getValue(), open);
            } else if (!open) {
                abort(request, Access.unauthenticated());
            }
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            abort(request, Access.unauthenticated());
            return;
        }
        TokenService checker = checker(request, open);
        if (checker == null) {
            return;
        }
        try {
            Actor actor = checker.verify(header.substring(BEARER.length()).strip());
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new ActorSecurityContext(new ActorPrincipal(actor), secure));
        } catch (EsipException e) {
            abort(request, e);
        }
    }

    private void byCookie(ContainerRequestContext request, String token, boolean open) {
        TokenService checker = checker(request, open);
        if (checker == null) {
            return;
        }
        Actor actor;
        try {
            actor = checker.verify(token);
        } catch (EsipException e) {
            if (!open) {
                abort(request, e);
            }
            return;
        }
        if (!SessionCookie.allows(request.getMethod(), request.getHeaderString(SessionCookie.CSRF_HEADER),
                request.getHeaderString("Origin"), request.getHeaderString(HttpHeaders.HOST))) {
            abort(request, new ForbiddenException("auth.csrf", RestMessages.zh("auth.csrf"), RestMessages.en("auth.csrf")));
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new ActorSecurityContext(new ActorPrincipal(actor), secure));
    }

    private boolean isPublic() {
        if (resource == null) {
            return false;
        }
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        return method != null && method.isAnnotationPresent(PublicInformation.class)
                || type != null && type.isAnnotationPresent(PublicInformation.class);
    }

    /**
     * The token service there is now; null when there is none, and then a request for a resource that needs a token
     * is answered 503 with {@code Retry-After}, as one for a resource that is away.
     */
    private TokenService checker(ContainerRequestContext request, boolean open) {
        TokenService checker = tokens.get();
        if (checker == null && !open) {
            request.abortWith(ProblemMappers.resourceUnavailable());
        }
        return checker;
    }

    private static void abort(ContainerRequestContext request, EsipException e) {
        request.abortWith(new ProblemMappers.Domain().toResponse(e));
    }

    record ActorSecurityContext(ActorPrincipal principal, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return principal.actor().roles().stream().anyMatch(r -> r.name().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}

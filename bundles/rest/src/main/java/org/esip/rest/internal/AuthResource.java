package org.esip.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.PublicInformation;
import org.esip.identity.api.AccountService;
import org.esip.identity.api.IssuedToken;
import org.esip.identity.api.TokenService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Signing in: {@code POST /auth/token} answers a bearer token; {@code POST/DELETE /auth/session} signs a web
 * page in and out by cookie; {@code GET /auth/me} says who it stands for.
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = AuthResource.class)
public class AuthResource {
    private final TokenService tokens;
    private final AccountService accounts;

    @Activate
    public AuthResource(@Reference TokenService tokens, @Reference AccountService accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** The body of a sign-in. */
    public record Credentials(String username, String password) {
    }

    /** The body of a password change by the account's owner. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @POST
    @Path("token")
    @PublicInformation
    @Consumes(MediaType.APPLICATION_JSON)
    public IssuedToken token(Credentials credentials) {
        List<FieldViolation> errors = new ArrayList<>();
        Params.required("body", credentials, errors);
        Params.throwIfAny(errors);
        Params.required("username", credentials.username(), errors);
        Params.required("password", credentials.password(), errors);
        Params.throwIfAny(errors);
        return tokens.issue(credentials.username(), credentials.password(), ClientAddress.current());
    }

    /**
     * Signs a web page in: the same check as {@code POST /auth/token}, but the token goes into the
     * {@code HttpOnly} session cookie (no script ever sees it) and the answer is who signed in, as {@code GET /auth/me}.
     */
    @POST
    @Path("session")
    @PublicInformation
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openSession(Credentials credentials, @Context HttpHeaders headers, @Context UriInfo uri) {
        IssuedToken issued = token(credentials);
        Actor actor = tokens.verify(issued.token());
        return Response.ok(actor)
                .header(HttpHeaders.SET_COOKIE, SessionCookie.set(issued.token(), issued.expiresAt(), Instant.now(),
                        secure(headers, uri)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** Signs a web page out: the session cookie is removed. */
    @DELETE
    @Path("session")
    @PublicInformation
    public Response closeSession(@Context HttpHeaders headers, @Context UriInfo uri) {
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(secure(headers, uri))).build();
    }

    /** HTTPS, also behind a proxy that ends TLS and says so ({@code X-Forwarded-Proto: https}). */
    private static boolean secure(HttpHeaders headers, UriInfo uri) {
        String forwarded = headers.getHeaderString("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme())
                || forwarded != null && "https".equalsIgnoreCase(forwarded.strip());
    }

    @GET
    @Path("me")
    @PermitAll
    public Actor me(@Context SecurityContext sc) {
        return Access.actor(sc);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response changePassword(@Context SecurityContext sc, PasswordChange change) {
        Actor actor = Access.actor(sc);
        List<FieldViolation> errors = new ArrayList<>();
        Params.required("body", change, errors);
        Params.throwIfAny(errors);
        Params.required("currentPassword", change.currentPassword(), errors);
        Params.throwIfAny(errors);
        accounts.changePassword(actor.username(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}

package org.esip.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.PublicInformation;
import org.esip.identity.api.AccountService;
import org.esip.identity.api.IssuedToken;
import org.esip.identity.api.TokenService;

/** Signing in: {@code POST /auth/token} answers a bearer token; {@code GET /auth/me} says who it stands for. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final TokenService tokens;
    private final AccountService accounts;

    AuthResource(TokenService tokens, AccountService accounts) {
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

    @GET
    @Path("me")
    public Actor me(@Context SecurityContext sc) {
        return Access.actor(sc);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
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

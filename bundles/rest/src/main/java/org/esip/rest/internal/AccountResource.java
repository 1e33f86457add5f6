package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.Page;
import org.esip.core.api.Role;
import org.esip.identity.api.Account;
import org.esip.identity.api.AccountRegistration;
import org.esip.identity.api.AccountService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Accounts, managed by administrators (auditors may read them). */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = AccountResource.class)
public class AccountResource {
    private final AccountService accounts;

    @Activate
    public AccountResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    /** The body of an administrator's password reset. */
    public record PasswordReset(String password) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ADMIN)
    public Response create(@Context SecurityContext sc, AccountRegistration registration) {
        Account a = accounts.create(Access.actor(sc), registration);
        return Response.created(URI.create("accounts/" + a.id())).entity(a).build();
    }

    @GET
    @RolesAllowed({ADMIN, AUDITOR})
    public Page<Account> list(@QueryParam("q") String text, @QueryParam("role") String role,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return accounts.list(text, Params.optionalEnum("role", role, Role.class), Params.page(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, AUDITOR})
    public Account get(@PathParam("id") String id) {
        return accounts.get(Params.id(id));
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed(ADMIN)
    public Account disable(@Context SecurityContext sc, @PathParam("id") String id) {
        return accounts.setEnabled(Access.actor(sc), Params.id(id), false);
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed(ADMIN)
    public Account enable(@Context SecurityContext sc, @PathParam("id") String id) {
        return accounts.setEnabled(Access.actor(sc), Params.id(id), true);
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ADMIN)
    public Account resetPassword(@Context SecurityContext sc, @PathParam("id") String id, PasswordReset reset) {
        var actor = Access.actor(sc);
        List<FieldViolation> errors = new ArrayList<>();
        Params.required("body", reset, errors);
        Params.throwIfAny(errors);
        return accounts.resetPassword(actor, Params.id(id), reset.password());
    }
}

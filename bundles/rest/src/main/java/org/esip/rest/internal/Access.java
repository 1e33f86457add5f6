package org.esip.rest.internal;

import java.util.function.Supplier;

import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.Actor;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.core.api.UnauthenticatedException;

/**
 * The REST layer's ownership rules (clauses 4.4.2, 6.1 b) and its caller lookup. Which roles may call a resource
 * method is declared on the method with {@code @RolesAllowed} ({@link Roles}) and enforced by
 * {@link RolesAllowedFeature} before it runs (401 nobody signed in, 403 a role it does not name). What stays here is
 * what no annotation can say: whether the caller's own enterprise, organisation or expert is the one the request is
 * about (403, or 404 through {@link #orNotFound}), and the role tests of methods whose answer branches on the role.
 */
final class Access {
    /** Roles that read every registry. */
    private static final Role[] READERS = {Role.ADMIN, Role.STAFF, Role.AUDITOR};
    /** Roles that maintain every registry. */
    private static final Role[] MAINTAINERS = {Role.ADMIN, Role.STAFF};

    private Access() {
    }

    /** The authenticated caller. */
    static Actor actor(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof ActorPrincipal p) {
            return p.actor();
        }
        throw unauthenticated();
    }

    static UnauthenticatedException unauthenticated() {
        return new UnauthenticatedException("auth.required", RestMessages.zh("auth.required"),
                RestMessages.en("auth.required"));
    }

    /** Whether {@code actor} reads every registry (staff, administrator, auditor). */
    static boolean isReader(Actor actor) {
        return actor.hasAny(READERS);
    }

    /** Whether {@code actor} changes the registries (staff, administrator); an auditor never does. */
    static boolean isMaintainer(Actor actor) {
        return actor.hasAny(MAINTAINERS);
    }

    /**
     * The caller, if it reads every registry; 401 or 403 otherwise. Only for a {@code @PublicInformation} method
     * that shows more to readers when asked for it (no annotation can say that); every other method declares its
     * roles with {@code @RolesAllowed}.
     */
    static Actor reader(SecurityContext context) {
        Actor actor = actor(context);
        if (!isReader(actor)) {
            throw forbidden();
        }
        return actor;
    }

    /*
     * The ownership checks: the method's @RolesAllowed admits the platform roles and the tenant's role (e.g. ADMIN,
     * STAFF, AUDITOR, ENTERPRISE); these say whether a tenant's user asks about its own record.
     */

    /** Reading one enterprise's data: readers, or a user of that very enterprise. */
    static Actor readEnterprise(SecurityContext context, long enterpriseId) {
        Actor actor = actor(context);
        if (actor.hasAny(READERS) || ownsEnterprise(actor, enterpriseId)) {
            return actor;
        }
        throw forbidden();
    }

    /** Changing one enterprise's data: maintainers, or a user of that very enterprise. */
    static Actor changeEnterprise(SecurityContext context, long enterpriseId) {
        Actor actor = actor(context);
        if (actor.hasAny(MAINTAINERS) || ownsEnterprise(actor, enterpriseId)) {
            return actor;
        }
        throw forbidden();
    }

    /** Reading one organisation's data: readers, or a user of that very organisation. */
    static Actor readOrganisation(SecurityContext context, long organisationId) {
        Actor actor = actor(context);
        if (actor.hasAny(READERS) || ownsOrganisation(actor, organisationId)) {
            return actor;
        }
        throw forbidden();
    }

    /** Changing one organisation's own data: maintainers, or a user of that very organisation. */
    static Actor changeOrganisation(SecurityContext context, long organisationId) {
        Actor actor = actor(context);
        if (actor.hasAny(MAINTAINERS) || ownsOrganisation(actor, organisationId)) {
            return actor;
        }
        throw forbidden();
    }

    /** Reading one expert's data: readers, or that very expert. */
    static Actor readExpert(SecurityContext context, long expertId) {
        Actor actor = actor(context);
        if (actor.hasAny(READERS) || ownsExpert(actor, expertId)) {
            return actor;
        }
        throw forbidden();
    }

    private static boolean ownsEnterprise(Actor actor, long enterpriseId) {
        return actor.has(Role.ENTERPRISE) && actor.enterpriseId() != null && actor.enterpriseId() == enterpriseId;
    }

    private static boolean ownsOrganisation(Actor actor, long organisationId) {
        return actor.has(Role.ORGANISATION) && actor.organisationId() != null
                && actor.organisationId() == organisationId;
    }

    private static boolean ownsExpert(Actor actor, long expertId) {
        return actor.has(Role.EXPERT) && actor.expertId() != null && actor.expertId() == expertId;
    }

    static ForbiddenException forbidden() {
        return new ForbiddenException("auth.forbidden", RestMessages.zh("auth.forbidden"),
                RestMessages.en("auth.forbidden"));
    }

    /**
     * Runs {@code check} on a record that was found by its id; when it refuses a caller who acts only for its own
     * enterprise, organisation or expert, the answer is {@code missing} (the record's "not found"), the same as for
     * an id that names no record, so ids of other tenants cannot be probed. Platform roles keep their 403.
     */
    static Actor orNotFound(SecurityContext context, Supplier<Actor> check,
            Supplier<? extends RuntimeException> missing) {
        try {
            return check.get();
        } catch (ForbiddenException e) {
            if (actor(context).hasAny(READERS)) {
                throw e;
            }
            throw missing.get();
        }
    }

    /** The 404 of a ticket id that names no ticket (the core's own words, repeated here for hidden tickets). */
    static NotFoundException ticketNotFound(long id) {
        return new NotFoundException("ticket.not-found",
                RestMessages.zh("ticket.not-found", Long.toString(id)), RestMessages.en("ticket.not-found", Long.toString(id)));
    }

    /** The 404 of an archive file id that names no file. */
    static NotFoundException archiveNotFound(long id) {
        return new NotFoundException("archive.not-found",
                RestMessages.zh("archive.not-found", Long.toString(id)), RestMessages.en("archive.not-found", Long.toString(id)));
    }
}

package org.esip.line.kit;

import java.security.Principal;

import org.esip.core.api.Actor;
import org.esip.core.api.CallerPrincipal;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.core.api.UnauthenticatedException;

/**
 * Who may do what in a line (clauses 4.4.2, 6.1 b), the same rules as the core's own REST resources:
 * 401 when nobody signed in, 403 when the caller's role does not cover the request, and for an enterprise user
 * another enterprise's record is "not found" (404), never a hint that it exists.
 *
 * <p>A resource passes {@code securityContext.getUserPrincipal()}: the platform's authentication puts a
 * {@link CallerPrincipal} there.
 */
public final class LineAccess {
    /** Roles that read everything a line keeps. */
    private static final Role[] READERS = {Role.ADMIN, Role.STAFF, Role.AUDITOR};
    /** Roles that maintain what a line keeps; an auditor never changes anything. */
    private static final Role[] MAINTAINERS = {Role.ADMIN, Role.STAFF};

    private LineAccess() {
    }

    /** The signed-in caller, or 401. */
    public static Actor caller(Principal principal) {
        if (principal instanceof CallerPrincipal p) {
            return p.actor();
        }
        throw new UnauthenticatedException("auth.required", KitMessages.TEXTS.zh("auth.required"),
                KitMessages.TEXTS.en("auth.required"));
    }

    /** The caller if it has one of {@code roles}; 401 or 403 otherwise. */
    public static Actor requireAny(Principal principal, Role... roles) {
        Actor actor = caller(principal);
        if (!actor.hasAny(roles)) {
            throw forbidden();
        }
        return actor;
    }

    /** Staff, administrators and auditors: they read everything. */
    public static Actor reader(Principal principal) {
        return requireAny(principal, READERS);
    }

    /** Staff and administrators: they change what the line keeps. */
    public static Actor maintainer(Principal principal) {
        return requireAny(principal, MAINTAINERS);
    }

    /** Whether {@code actor} reads everything (staff, administrator, auditor). */
    public static boolean isReader(Actor actor) {
        return actor.hasAny(READERS);
    }

    /**
     * Whether the caller of a request that anyone may make ({@code @PublicInformation}; {@code principal} may be
     * {@code null}) reads everything: e.g. a public list shows drafts only to staff, administrators and auditors.
     */
    public static boolean readsEverything(Principal principal) {
        return principal instanceof CallerPrincipal p && isReader(p.actor());
    }

    /** Whether {@code actor} maintains the line's records (staff, administrator). */
    public static boolean isMaintainer(Actor actor) {
        return actor.hasAny(MAINTAINERS);
    }

    /**
     * The enterprise a caller acts for when it creates something on an enterprise's behalf: an enterprise user
     * for its own enterprise only (naming another is 403), staff for the enterprise they name ({@code requested}
     * missing is a 400 naming {@code field}); anyone else 403.
     */
    public static long actingEnterprise(Actor actor, Long requested, String field) {
        if (actor.has(Role.ENTERPRISE)) {
            if (actor.enterpriseId() == null || requested != null && !requested.equals(actor.enterpriseId())) {
                throw forbidden();
            }
            return actor.enterpriseId();
        }
        if (isMaintainer(actor)) {
            if (requested == null) {
                throw KitMessages.TEXTS.invalid(field, "field.required");
            }
            return requested;
        }
        throw forbidden();
    }

    /**
     * The enterprise filter of a list: an enterprise user sees only its own enterprise (asking for another is
     * 403), readers see what they ask for ({@code null}: all); anyone else 403.
     */
    public static Long enterpriseFilter(Actor actor, Long requested) {
        if (actor.has(Role.ENTERPRISE)) {
            if (actor.enterpriseId() == null || requested != null && !requested.equals(actor.enterpriseId())) {
                throw forbidden();
            }
            return actor.enterpriseId();
        }
        if (isReader(actor)) {
            return requested;
        }
        throw forbidden();
    }

    /** Whether {@code actor} may read a record of enterprise {@code enterpriseId}: readers, or that enterprise's users. */
    public static boolean mayRead(Actor actor, Long enterpriseId) {
        return isReader(actor) || enterpriseId != null && actor.has(Role.ENTERPRISE)
                && enterpriseId.equals(actor.enterpriseId());
    }

    /**
     * A record of enterprise {@code enterpriseId} shown to {@code actor}: readers and that enterprise's users see it;
     * for anyone else it does not exist ({@code notFound}, e.g. {@code texts.notFound("training.registration.not-found")}).
     */
    public static void requireVisible(Actor actor, Long enterpriseId, NotFoundException notFound) {
        if (!mayRead(actor, enterpriseId)) {
            throw notFound;
        }
    }

    /** Whether {@code actor} is a user of organisation {@code organisationId}. */
    public static boolean isOrganisation(Actor actor, Long organisationId) {
        return organisationId != null && actor.has(Role.ORGANISATION) && organisationId.equals(actor.organisationId());
    }

    /** Whether {@code actor} is expert {@code expertId}. */
    public static boolean isExpert(Actor actor, Long expertId) {
        return expertId != null && actor.has(Role.EXPERT) && expertId.equals(actor.expertId());
    }

    /** The 403 every check above answers: the caller's role or account does not cover the request. */
    public static ForbiddenException forbidden() {
        return KitMessages.TEXTS.forbidden("auth.forbidden");
    }
}

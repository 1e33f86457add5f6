package org.esip.rest.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Priority;
import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.CallerPrincipal;
import org.esip.core.api.EsipException;
import org.esip.core.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces {@link RolesAllowed}, {@link PermitAll} and {@link DenyAll} (JSR-250) on every resource method of the
 * core server and of every service line's endpoints, once, before the method runs. Role names are the names of
 * {@link Role} ({@code "ADMIN"}, {@code "STAFF"}, ...). The method's annotation wins over its class's.
 * Nobody signed in is a 401 problem, a caller whose roles do not include one of the named roles a 403 problem,
 * both through the platform's problem mapping. The caller's roles are the {@link org.esip.core.api.Actor}'s
 * (the {@link SecurityContext#isUserInRole} of the platform's authentication answers from them).
 *
 * <p>A role name that is no {@link Role} is logged as an error when the server starts and admits nobody.
 * Finer rules (an enterprise user and its own records) stay in the resource or service: see
 * {@code org.esip.line.kit.LineAccess}.
 *
 * <p>The check is one filter per server ({@link #check()}), which looks the matched method's roles up, read once:
 * a filter registered for each method made the JAX-RS runtime go through every method's filter on every request to
 * find the one bound to it (2% of a ticket create's CPU, issue 16). The feature reads every method's roles as the
 * server starts, so that a wrong role name is reported then.
 */
final class RolesAllowedFeature implements DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(RolesAllowedFeature.class);

    /** What a method admits: {@code roles}, or anyone when {@code null} ({@link PermitAll} or no annotation). */
    record Rule(Set<Role> roles) {
        static final Rule ANYONE = new Rule(null);
    }

    /** The rule of each resource method, by the resource class it is matched on (its class's annotation counts). */
    private final Map<Class<?>, Map<Method, Rule>> rules = new ConcurrentHashMap<>();

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        rule(resource.getResourceClass(), resource.getResourceMethod());
    }

    /** The one filter that enforces this feature's rules on its server. */
    ContainerRequestFilter check() {
        return new RoleCheck(this);
    }

    /** The rule of {@code method} as matched on {@code type}: read from the annotations once, then kept. */
    Rule rule(Class<?> type, Method method) {
        if (type == null || method == null) {
            return Rule.ANYONE; // nothing matched: there is no method to run, and nothing to admit to
        }
        return rules.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(method, m -> {
            String[] roles = rolesOf(m);
            if (roles == null) {
                roles = rolesOf(type);
            }
            return roles == null || roles == PERMIT_ALL ? Rule.ANYONE : new Rule(known(roles, m));
        });
    }

    /** Marker of {@link PermitAll}: no check at all. */
    static final String[] PERMIT_ALL = {"*permit-all*"};

    /** Whether {@code roles}, as {@link #rolesOf} gave them, is the {@link PermitAll} marker. */
    static boolean permitsAll(String[] roles) {
        return roles == PERMIT_ALL;
    }

    /**
     * The role names {@code element} admits: {@code null} when it carries none of the annotations, none for
     * {@link DenyAll}, the {@link #PERMIT_ALL} marker for {@link PermitAll}.
     */
    static String[] rolesOf(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return new String[0];
        }
        if (element.isAnnotationPresent(RolesAllowed.class)) {
            return element.getAnnotation(RolesAllowed.class).value();
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return PERMIT_ALL;
        }
        return null;
    }

    private static Set<Role> known(String[] names, Method where) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                LOG.error("@RolesAllowed on {} names \"{}\", which is no role of the platform ({}); it admits nobody",
                        where, name, Arrays.toString(Role.values()));
            }
        }
        return roles;
    }

    /** The check of the matched resource method, after authentication. */
    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {
        private final RolesAllowedFeature feature;
        /** The matched method of the request at hand (the runtime's proxy to it). */
        @Context
        private ResourceInfo matched;

        RoleCheck(RolesAllowedFeature feature) {
            this.feature = feature;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Rule rule = feature.rule(matched.getResourceClass(), matched.getResourceMethod());
            if (rule.roles() == null) {
                return;
            }
            EsipException refusal = check(request.getSecurityContext(), rule.roles());
            if (refusal != null) {
                request.abortWith(new ProblemMappers.Domain().toResponse(refusal));
            }
        }
    }

    /** Why {@code context} may not call a method admitting {@code roles}: 401, 403, or {@code null} when it may. */
    static EsipException check(SecurityContext context, Set<Role> roles) {
        if (context == null || !(context.getUserPrincipal() instanceof CallerPrincipal)) {
            return Access.unauthenticated();
        }
        for (Role role : roles) {
            if (context.isUserInRole(role.name())) {
                return null;
            }
        }
        return Access.forbidden();
    }
}

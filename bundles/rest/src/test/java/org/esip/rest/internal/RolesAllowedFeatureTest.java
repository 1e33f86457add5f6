package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.Actor;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.Role;
import org.esip.core.api.UnauthenticatedException;
import org.junit.Test;

/** {@code @RolesAllowed} on core and line resources (clauses 4.4.2, 6.1 b): 401 anonymous, 403 outside the roles. */
public class RolesAllowedFeatureTest {

    @RolesAllowed({"STAFF", "ADMIN"})
    static class Resource {
        public void byClass() {
        }

        @RolesAllowed("AUDITOR")
        public void auditorsOnly() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void nobody() {
        }

        @RolesAllowed({"STAFF", "NO_SUCH_ROLE"})
        public void misspelt() {
        }
    }

    static class Plain {
        public void nothing() {
        }
    }

    /** What the runtime tells of a request matched to {@code method} of {@code type}. */
    private static ResourceInfo matching(Class<?> type, Method m) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return m;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }

    /** The filters the feature registers for {@code type.method}. */
    static List<Object> registered(Class<?> type, String method) throws NoSuchMethodException {
        ResourceInfo info = matching(type, type.getMethod(method));
        List<Object> filters = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(FeatureContext.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (proxy, call, args) -> {
                    if (call.getName().equals("register")) {
                        filters.add(args[0]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(call.getName());
                });
        new RolesAllowedFeature().configure(info, context);
        return filters;
    }

    static SecurityContext signedIn(Role... roles) {
        Actor actor = new Actor("someone", roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), null, null, null);
        return new AuthenticationFilter.ActorSecurityContext(new ActorPrincipal(actor), false);
    }

    @Test
    public void isUserInRoleAnswersFromTheActorsRoles() {
        SecurityContext staff = signedIn(Role.STAFF, Role.AUDITOR);
        assertTrue(staff.isUserInRole("STAFF"));
        assertTrue(staff.isUserInRole("AUDITOR"));
        assertFalse(staff.isUserInRole("ADMIN"));
        assertFalse(staff.isUserInRole("staff"));
    }

    @Test
    public void theMethodsAnnotationWinsOverItsClasss() throws Exception {
        assertTrue("the feature registers no filter per method: one check per server", registered(Resource.class,
                "byClass").isEmpty() && registered(Resource.class, "auditorsOnly").isEmpty());
        assertEquals(Set.of(Role.AUDITOR), roles(Resource.class, "auditorsOnly"));
        assertEquals(Set.of(Role.STAFF, Role.ADMIN), roles(Resource.class, "byClass"));
        assertEquals(Set.of(), roles(Resource.class, "nobody"));
        assertEquals("an unknown role name admits nobody", Set.of(Role.STAFF), roles(Resource.class, "misspelt"));
        RolesAllowedFeature feature = new RolesAllowedFeature();
        assertNull("@PermitAll: no check", feature.rule(Resource.class, Resource.class.getMethod("open")).roles());
        assertNull("no annotation, no check", feature.rule(Plain.class, Plain.class.getMethod("nothing")).roles());
    }

    /** The roles the feature's rule for {@code type.method} admits. */
    private static Set<Role> roles(Class<?> type, String method) throws Exception {
        Set<Role> roles = new RolesAllowedFeature().rule(type, type.getMethod(method)).roles();
        Set<Role> admitted = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (RolesAllowedFeature.check(signedIn(role), roles) == null) {
                admitted.add(role);
            }
        }
        return admitted;
    }

    /**
     * The server's one check, as the runtime calls it for a matched method: whom it turns away, with which status,
     * and that it lets anyone through to a {@code @PermitAll} method.
     */
    @Test
    public void theServersOneCheckTurnsAwayWhomTheMatchedMethodDoesNotAdmit() throws Exception {
        RolesAllowedFeature feature = new RolesAllowedFeature();
        ContainerRequestFilter check = feature.check();
        assertEquals("auditor on a staff method", Integer.valueOf(403), answer(check, Resource.class, "byClass",
                signedIn(Role.AUDITOR)));
        assertEquals("nobody signed in", Integer.valueOf(401), answer(check, Resource.class, "auditorsOnly", null));
        assertNull("staff on a staff method", answer(check, Resource.class, "byClass", signedIn(Role.STAFF)));
        assertNull("anyone on @PermitAll", answer(check, Resource.class, "open", null));
        assertEquals("@DenyAll", Integer.valueOf(403), answer(check, Resource.class, "nobody", signedIn(Role.ADMIN)));
    }

    /** The status the check aborts a request to {@code type.method} by {@code caller} with, or null when it passes. */
    private static Integer answer(ContainerRequestFilter check, Class<?> type, String method, SecurityContext caller)
            throws Exception {
        Field matched = check.getClass().getDeclaredField("matched");
        matched.setAccessible(true);
        matched.set(check, matching(type, type.getMethod(method)));
        Integer[] aborted = {null};
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(), new Class<?>[] {ContainerRequestContext.class},
                (proxy, call, args) -> switch (call.getName()) {
                    case "getSecurityContext" -> caller;
                    case "abortWith" -> {
                        aborted[0] = ((Response) args[0]).getStatus();
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(call.getName());
                });
        check.filter(request);
        return aborted[0];
    }

    @Test
    public void anonymousIs401AndAWrongRole403() {
        Set<Role> staff = Set.of(Role.STAFF, Role.ADMIN);
        assertTrue(RolesAllowedFeature.check(null, staff) instanceof UnauthenticatedException);
        SecurityContext anonymous = new SecurityContext() {
            public Principal getUserPrincipal() {
                return null;
            }

            public boolean isUserInRole(String role) {
                return true;
            }

            public boolean isSecure() {
                return false;
            }

            public String getAuthenticationScheme() {
                return null;
            }
        };
        assertTrue(RolesAllowedFeature.check(anonymous, staff) instanceof UnauthenticatedException);
        assertEquals("auth.forbidden", RolesAllowedFeature.check(signedIn(Role.AUDITOR), staff).code());
        assertTrue(RolesAllowedFeature.check(signedIn(Role.ENTERPRISE), staff) instanceof ForbiddenException);
        assertTrue(RolesAllowedFeature.check(signedIn(Role.ENTERPRISE), Set.of()) instanceof ForbiddenException);
        assertNull(RolesAllowedFeature.check(signedIn(Role.ADMIN), staff));
    }
}

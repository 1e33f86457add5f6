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
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
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

    /** The filters the feature registers for {@code type.method}. */
    static List<Object> registered(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        ResourceInfo info = new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return m;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
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
        assertEquals(1, registered(Resource.class, "byClass").size());
        assertEquals(1, registered(Resource.class, "auditorsOnly").size());
        assertEquals(1, registered(Resource.class, "nobody").size());
        assertTrue("@PermitAll registers no check", registered(Resource.class, "open").isEmpty());
        assertTrue("no annotation, no check", registered(Plain.class, "nothing").isEmpty());
        assertEquals(Set.of(Role.AUDITOR), roles(Resource.class, "auditorsOnly"));
        assertEquals(Set.of(Role.STAFF, Role.ADMIN), roles(Resource.class, "byClass"));
        assertEquals(Set.of(), roles(Resource.class, "nobody"));
        assertEquals("an unknown role name admits nobody", Set.of(Role.STAFF), roles(Resource.class, "misspelt"));
    }

    private static Set<Role> roles(Class<?> type, String method) throws Exception {
        RolesAllowedFeature.RoleCheck check = (RolesAllowedFeature.RoleCheck) registered(type, method).get(0);
        Set<Role> admitted = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (RolesAllowedFeature.check(signedIn(role), rolesField(check)) == null) {
                admitted.add(role);
            }
        }
        return admitted;
    }

    @SuppressWarnings("unchecked")
    private static Set<Role> rolesField(RolesAllowedFeature.RoleCheck check) throws Exception {
        Field f = RolesAllowedFeature.RoleCheck.class.getDeclaredField("roles");
        f.setAccessible(true);
        return (Set<Role>) f.get(check);
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

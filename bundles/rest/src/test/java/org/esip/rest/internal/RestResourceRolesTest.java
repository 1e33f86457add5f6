package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.security.DenyAll;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.POST;

import org.esip.core.api.PublicInformation;
import org.esip.core.api.Role;
import org.junit.Test;

/**
 * Every endpoint of the core REST API ({@link RestApi#RESOURCES}) says who may call it, so that a new one cannot
 * forget its roles: each resource method (a method with an HTTP method annotation) is either
 * <ul>
 * <li>{@link PublicInformation}: anyone, no token needed (on the method or its class); or</li>
 * <li>{@link RolesAllowed}: the roles ({@link Roles}) that {@link RolesAllowedFeature} admits before the method runs
 * (401 nobody signed in, 403 another role). A method whose answer depends on the caller's own enterprise,
 * organisation or expert names every role that can be answered and checks the ownership in code ({@link Access});
 * a method that branches on the role (an enterprise user lists its own tickets, staff all) names the union; or</li>
 * <li>{@link PermitAll}: <em>every signed-in caller</em>, whatever its role (its own account, its inbox, the tag
 * vocabulary). It is not public: the {@link AuthenticationFilter} demands a valid token for everything that is
 * not {@link PublicInformation}, so anonymous callers still get 401; the feature adds no role check; or</li>
 * <li>{@link DenyAll}: nobody.</li>
 * </ul>
 * The method's annotation wins over its class's. A {@link PublicInformation} method must not be under a role
 * check (it would refuse anonymous callers with 401); one whose answer depends on who asks checks the caller in
 * code.
 */
public class RestResourceRolesTest {

    /** Whether {@code method} is a JAX-RS resource method ({@code @GET}, {@code @POST}, ...). */
    static boolean isResourceMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPublic(Method method) {
        return method.isAnnotationPresent(PublicInformation.class)
                || method.getDeclaringClass().isAnnotationPresent(PublicInformation.class);
    }

    /** The role names {@code method} admits after its class's, as {@link RolesAllowedFeature} reads them. */
    static String[] declared(Method method) {
        String[] roles = RolesAllowedFeature.rolesOf(method);
        return roles != null ? roles : RolesAllowedFeature.rolesOf(method.getDeclaringClass());
    }

    /** Whether {@link RolesAllowedFeature} checks roles on {@code method} (anything but {@code @PermitAll}). */
    static boolean roleChecked(Method method) {
        if (method.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RolesAllowed.class)
                && !method.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        String[] roles = declared(method);
        return roles != null && roles != RolesAllowedFeature.PERMIT_ALL;
    }

    /** What is wrong with the resource methods of {@code types}, one line per method. */
    static List<String> problems(List<Class<?>> types) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : types) {
            for (Method method : type.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                String where = type.getSimpleName() + "." + method.getName();
                if (!Modifier.isPublic(method.getModifiers())) {
                    problems.add(where + " is not public");
                }
                if (isPublic(method)) {
                    if (roleChecked(method)) {
                        problems.add(where + " is @PublicInformation but under a role check");
                    }
                    continue;
                }
                String[] roles = declared(method);
                if (roles == null) {
                    problems.add(where + " says neither @RolesAllowed, @PermitAll, @DenyAll nor @PublicInformation");
                    continue;
                }
                if (method.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(RolesAllowed.class)) {
                    for (String role : roles) {
                        try {
                            Role.valueOf(role);
                        } catch (IllegalArgumentException e) {
                            problems.add(where + " names \"" + role + "\", which is no role");
                        }
                    }
                }
            }
        }
        return problems;
    }

    @Test
    public void everyCoreEndpointSaysWhoMayCallIt() {
        assertEquals(List.of(), problems(RestApi.RESOURCES));
    }

    static class Forgetful {
        @GET
        public void forgotten() {
        }

        @POST
        @PublicInformation
        @RolesAllowed(Roles.STAFF)
        public void contradictory() {
        }

        @GET
        @RolesAllowed({Roles.ADMIN, "STAF"})
        public void misspelt() {
        }

        @GET
        @PermitAll
        public void anySignedIn() {
        }

        @GET
        @PublicInformation
        public void open() {
        }

        public void notAnEndpoint() {
        }
    }

    @Test
    public void theCheckFindsAForgottenEndpoint() {
        List<String> found = problems(List.of(Forgetful.class));
        found.sort(null);
        assertEquals(List.of("Forgetful.contradictory is @PublicInformation but under a role check",
                "Forgetful.forgotten says neither @RolesAllowed, @PermitAll, @DenyAll nor @PublicInformation",
                "Forgetful.misspelt names \"STAF\", which is no role"), found);
    }

    /** The roles {@code type.method} admits (the one method of that name). */
    static Set<Role> admitted(Class<?> type, String name) {
        Method method = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                .reduce((a, b) -> {
                    throw new AssertionError("two methods " + name);
                }).orElseThrow();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(declared(method)).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    /**
     * Where an enterprise user used to get a 404 for another enterprise's record ({@link Access#orNotFound}), the
     * annotation still admits it, so the ownership check in the method answers; roles that can never take a step
     * are refused before it.
     */
    @Test
    public void ownershipMethodsAdmitTheTenantRoles() {
        assertEquals(EnumSet.of(Role.ADMIN, Role.STAFF, Role.ENTERPRISE, Role.ORGANISATION, Role.EXPERT),
                admitted(TicketFlowResource.class, "sign"));
        assertEquals(EnumSet.of(Role.ADMIN, Role.STAFF, Role.ENTERPRISE), admitted(TicketFlowResource.class, "evaluate"));
        assertEquals(EnumSet.allOf(Role.class), admitted(TicketFlowResource.class, "get"));
        assertEquals(EnumSet.of(Role.ADMIN, Role.STAFF, Role.AUDITOR, Role.ENTERPRISE),
                admitted(ArchiveResource.class, "get"));
        assertEquals(EnumSet.of(Role.ADMIN, Role.STAFF, Role.AUDITOR, Role.ENTERPRISE),
                admitted(EnterpriseResource.class, "get"));
        assertEquals(EnumSet.of(Role.ADMIN, Role.STAFF, Role.ORGANISATION),
                admitted(OrganisationResource.class, "update"));
        assertEquals(EnumSet.of(Role.ADMIN, Role.STAFF), admitted(TicketFlowResource.class, "accept"));
    }

    /** Each {@link Roles} constant is its role's name, and every role has one. */
    @Test
    public void theRoleConstantsAreTheRoleNames() throws Exception {
        Map<String, String> constants = new TreeMap<>();
        for (Field f : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                constants.put(f.getName(), (String) f.get(null));
            }
        }
        Map<String, String> roles = new TreeMap<>();
        Arrays.stream(Role.values()).forEach(r -> roles.put(r.name(), r.name()));
        assertEquals(roles, constants);
        assertTrue(RestApi.RESOURCES.size() >= 20);
    }
}

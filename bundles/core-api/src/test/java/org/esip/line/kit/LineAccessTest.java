package org.esip.line.kit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.Principal;
import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.core.api.CallerPrincipal;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.core.api.UnauthenticatedException;
import org.esip.core.api.ValidationException;
import org.junit.Test;

/** Who may do what in a line (clauses 4.4.2, 6.1 b): 401, 403, enterprise scoping, another enterprise's record as 404. */
public class LineAccessTest {
    static final Actor ADMIN = actor("admin", Role.ADMIN, null);
    static final Actor STAFF = actor("staff", Role.STAFF, null);
    static final Actor AUDITOR = actor("auditor", Role.AUDITOR, null);
    static final Actor ENTERPRISE_7 = actor("e7", Role.ENTERPRISE, 7L);
    static final Actor ENTERPRISE_NONE = actor("e?", Role.ENTERPRISE, null);
    static final Actor ORGANISATION_3 = new Actor("o3", Set.of(Role.ORGANISATION), null, 3L, null);
    static final Actor EXPERT_5 = new Actor("x5", Set.of(Role.EXPERT), null, null, 5L);

    static Actor actor(String name, Role role, Long enterpriseId) {
        return new Actor(name, Set.of(role), enterpriseId, null, null);
    }

    static Principal principal(Actor actor) {
        return (CallerPrincipal) () -> actor;
    }

    @Test
    public void nobodySignedInIs401() {
        UnauthenticatedException e = assertThrows(UnauthenticatedException.class, () -> LineAccess.caller(null));
        assertEquals("auth.required", e.code());
        assertTrue(e.messageZh().startsWith("请先登录"));
        Principal foreign = () -> "someone";
        assertThrows(UnauthenticatedException.class, () -> LineAccess.caller(foreign));
        assertThrows(UnauthenticatedException.class, () -> LineAccess.maintainer(null));
        assertThrows(UnauthenticatedException.class, () -> LineAccess.reader(null));
    }

    @Test
    public void theCallerIsThePrincipalsActor() {
        assertSame(STAFF, LineAccess.caller(principal(STAFF)));
    }

    @Test
    public void readersAndMaintainers() {
        assertSame(AUDITOR, LineAccess.reader(principal(AUDITOR)));
        assertSame(STAFF, LineAccess.maintainer(principal(STAFF)));
        assertSame(ADMIN, LineAccess.maintainer(principal(ADMIN)));
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> LineAccess.maintainer(principal(AUDITOR)));
        assertEquals("auth.forbidden", e.code());
        assertThrows(ForbiddenException.class, () -> LineAccess.reader(principal(ENTERPRISE_7)));
        assertThrows(ForbiddenException.class, () -> LineAccess.requireAny(principal(EXPERT_5), Role.ORGANISATION));
        assertSame(EXPERT_5, LineAccess.requireAny(principal(EXPERT_5), Role.ORGANISATION, Role.EXPERT));
        assertTrue(LineAccess.isReader(AUDITOR));
        assertFalse(LineAccess.isMaintainer(AUDITOR));
        assertFalse(LineAccess.isReader(ENTERPRISE_7));
    }

    @Test
    public void aPublicRequestKnowsWhetherItsCallerReadsEverything() {
        assertFalse(LineAccess.readsEverything(null));
        assertFalse(LineAccess.readsEverything(() -> "someone"));
        assertFalse(LineAccess.readsEverything(principal(ENTERPRISE_7)));
        assertTrue(LineAccess.readsEverything(principal(AUDITOR)));
        assertTrue(LineAccess.readsEverything(principal(STAFF)));
    }

    @Test
    public void anEnterpriseUserActsOnlyForItsOwnEnterprise() {
        assertEquals(7L, LineAccess.actingEnterprise(ENTERPRISE_7, null, "enterpriseId"));
        assertEquals(7L, LineAccess.actingEnterprise(ENTERPRISE_7, 7L, "enterpriseId"));
        assertThrows(ForbiddenException.class, () -> LineAccess.actingEnterprise(ENTERPRISE_7, 8L, "enterpriseId"));
        assertThrows(ForbiddenException.class, () -> LineAccess.actingEnterprise(ENTERPRISE_NONE, null, "enterpriseId"));
    }

    @Test
    public void staffNameTheEnterpriseTheyActFor() {
        assertEquals(8L, LineAccess.actingEnterprise(STAFF, 8L, "enterpriseId"));
        ValidationException missing = assertThrows(ValidationException.class,
                () -> LineAccess.actingEnterprise(STAFF, null, "forEnterprise"));
        assertEquals("forEnterprise", missing.violations().get(0).field());
        assertEquals("field.required", missing.violations().get(0).code());
        assertThrows(ForbiddenException.class, () -> LineAccess.actingEnterprise(AUDITOR, 8L, "enterpriseId"));
        assertThrows(ForbiddenException.class, () -> LineAccess.actingEnterprise(ORGANISATION_3, 8L, "enterpriseId"));
    }

    @Test
    public void listsAreScopedToTheCallersEnterprise() {
        assertEquals(Long.valueOf(7), LineAccess.enterpriseFilter(ENTERPRISE_7, null));
        assertEquals(Long.valueOf(7), LineAccess.enterpriseFilter(ENTERPRISE_7, 7L));
        assertThrows(ForbiddenException.class, () -> LineAccess.enterpriseFilter(ENTERPRISE_7, 8L));
        assertThrows(ForbiddenException.class, () -> LineAccess.enterpriseFilter(ENTERPRISE_NONE, null));
        assertNull(LineAccess.enterpriseFilter(AUDITOR, null));
        assertEquals(Long.valueOf(8), LineAccess.enterpriseFilter(STAFF, 8L));
        assertThrows(ForbiddenException.class, () -> LineAccess.enterpriseFilter(EXPERT_5, null));
    }

    @Test
    public void anotherEnterprisesRecordIsNotFound() {
        NotFoundException notFound = new NotFoundException("thing.not-found", "未找到", "Not found");
        LineAccess.requireVisible(ENTERPRISE_7, 7L, notFound);
        LineAccess.requireVisible(AUDITOR, 8L, notFound);
        LineAccess.requireVisible(STAFF, null, notFound);
        assertSame(notFound, assertThrows(NotFoundException.class,
                () -> LineAccess.requireVisible(ENTERPRISE_7, 8L, notFound)));
        assertThrows(NotFoundException.class, () -> LineAccess.requireVisible(ENTERPRISE_7, null, notFound));
        assertThrows(NotFoundException.class, () -> LineAccess.requireVisible(ENTERPRISE_NONE, 7L, notFound));
        assertThrows(NotFoundException.class, () -> LineAccess.requireVisible(ORGANISATION_3, 7L, notFound));
    }

    @Test
    public void organisationsAndExpertsAreThemselvesOnly() {
        assertTrue(LineAccess.isOrganisation(ORGANISATION_3, 3L));
        assertFalse(LineAccess.isOrganisation(ORGANISATION_3, 4L));
        assertFalse(LineAccess.isOrganisation(ORGANISATION_3, null));
        assertFalse(LineAccess.isOrganisation(STAFF, 3L));
        assertTrue(LineAccess.isExpert(EXPERT_5, 5L));
        assertFalse(LineAccess.isExpert(EXPERT_5, 6L));
        assertFalse(LineAccess.isExpert(ADMIN, 5L));
    }
}

package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.esip.core.api.ForbiddenException;
import org.esip.core.api.ValidationException;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationRegistration;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.Presence;
import org.esip.provider.api.ServiceDomain;
import org.junit.Test;

/** An organisation's own user changes its contact details only (clause 6.3); boolean filters are strict. */
public class OwnOrganisationUpdateTest {
    private static final OrganisationQualification CMA = new OrganisationQualification("检验检测机构资质认定", "CMA-1",
            "浙江省市场监督管理局", LocalDate.of(2020, 1, 1), Boolean.TRUE);
    private static final Organisation STORED = new Organisation(7, "91330302MA2K0A0A1X", "温州检测技术有限公司", "330302",
            "鹿城区车站大道1号", "陈一", "0577-88000001", "chen@example.cn", Set.of(ServiceDomain.INSPECTION_TESTING),
            List.of(CMA), true, true, null, Presence.ON_SITE, false, Set.of("检测"), OrganisationStatus.ADMITTED,
            "XY-1", LocalDate.of(2026, 1, 5), Instant.parse("2026-01-01T00:00:00Z"), 4);

    private static OrganisationRegistration contactsOnly(String person, String phone) {
        return new OrganisationRegistration(4L, null, null, null, null, person, phone, null, null, null, null, null,
                null, null, null);
    }

    @Test
    public void contactDetailsChangeAndEverythingLeftOutIsKept_6_3() {
        OrganisationRegistration merged = OwnOrganisationUpdate.merge(STORED, contactsOnly("吴六", ""));
        assertEquals("吴六", merged.contactPerson());
        assertEquals("", merged.contactPhone()); // blank clears it
        assertEquals("chen@example.cn", merged.contactEmail());
        assertEquals("鹿城区车站大道1号", merged.address());
        assertEquals(Long.valueOf(4), merged.version());
        assertEquals("温州检测技术有限公司", merged.name());
        assertEquals(Set.of(ServiceDomain.INSPECTION_TESTING), merged.domains());
        assertEquals(List.of(CMA), merged.qualifications());
        assertEquals(Set.of("检测"), merged.tags());
        assertEquals(Boolean.TRUE, merged.creditGood());
        assertEquals(Boolean.FALSE, merged.allianceMember());
        assertEquals(Presence.ON_SITE, merged.presence());
    }

    @Test
    public void repeatingTheStoredValuesIsNoChange_6_3() {
        OrganisationRegistration same = new OrganisationRegistration(4L, "91330302ma2k0a0a1x", " 温州检测技术有限公司 ",
                "330302", null, "吴六", null, null, Set.of(ServiceDomain.INSPECTION_TESTING),
                List.of(new OrganisationQualification("检验检测机构资质认定", "CMA-1", "浙江省市场监督管理局",
                        LocalDate.of(2020, 1, 1), null)), true, null, Presence.ON_SITE, false, Set.of("检测"));
        assertEquals("吴六", OwnOrganisationUpdate.merge(STORED, same).contactPerson());
    }

    @Test
    public void whatThePlatformKeepsIsRefusedNamingTheField_6_3() {
        assertRefused("domains", new OrganisationRegistration(4L, null, null, null, null, null, null, null,
                Set.of(ServiceDomain.INSPECTION_TESTING, ServiceDomain.FINANCING), null, null, null, null, null, null));
        assertRefused("allianceMember", new OrganisationRegistration(4L, null, null, null, null, null, null, null, null,
                null, null, null, null, true, null));
        assertRefused("creditNote", new OrganisationRegistration(4L, null, null, null, null, null, null, null, null,
                null, null, "无", null, null, null));
        assertRefused("name", new OrganisationRegistration(4L, null, "别名有限公司", null, null, null, null, null, null,
                null, null, null, null, null, null));
        assertRefused("qualifications", new OrganisationRegistration(4L, null, null, null, null, null, null, null, null,
                List.of(new OrganisationQualification("检验检测机构资质认定", "CMA-1", "浙江省市场监督管理局",
                        LocalDate.of(2030, 1, 1), null)), null, null, null, null, null));
        assertRefused("tags", new OrganisationRegistration(4L, null, null, null, null, null, null, null, null, null,
                null, null, null, null, Set.of()));
    }

    private static void assertRefused(String field, OrganisationRegistration update) {
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> OwnOrganisationUpdate.merge(STORED, update));
        assertTrue(e.messageZh(), e.messageZh().contains(field));
        assertTrue(e.messageEn(), e.messageEn().startsWith("An organisation's own user may change"));
    }

    @Test
    public void aBooleanFilterIsTrueOrFalseOrA400NamingIt() {
        assertEquals(Boolean.TRUE, Params.optionalBoolean("inPool", " TRUE "));
        assertEquals(Boolean.FALSE, Params.optionalBoolean("inPool", "false"));
        assertNull(Params.optionalBoolean("inPool", ""));
        ValidationException e = assertThrows(ValidationException.class, () -> Params.optionalBoolean("inPool", "yes"));
        assertEquals("inPool", e.violations().get(0).field());
    }
}

package org.esip.line.volunteer.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.Role;
import org.esip.line.volunteer.api.RecordStatus;
import org.esip.line.volunteer.api.SignUpStatus;
import org.esip.ticketing.api.SatisfactionGrade;
import org.junit.Assert;
import org.junit.Test;

/** The volunteer line's rules (clause 5.2.6) without storage. */
public class VolunteerRulesTest {

    @Test
    public void phonesAndRegionCodes() {
        assertTrue(VolunteerRules.phone("13905771234"));
        assertTrue(VolunteerRules.phone("0577-88881234"));
        assertFalse(VolunteerRules.phone("12345"));
        assertFalse(VolunteerRules.phone("23905771234"));
        assertTrue(VolunteerRules.region("330302"));
        assertTrue(VolunteerRules.region("330302001"));
        assertFalse(VolunteerRules.region("3303"));
        assertFalse(VolunteerRules.region("33030a"));
    }

    @Test
    public void skillsAreSplitOnChineseAndLatinSeparators() {
        assertEquals(List.of("财税", "劳动法", "直播带货"), VolunteerRules.skills("财税；劳动法, 直播带货、财税"));
        assertEquals("财税；劳动法", VolunteerRules.joinSkills(List.of(" 财税", "劳动法", "财税")));
        assertNull(VolunteerRules.joinSkills(List.of()));
    }

    @Test
    public void hoursAreAtMostTheActivitysLength() {
        Instant from = Instant.parse("2026-05-01T01:00:00Z");
        BigDecimal length = VolunteerRules.lengthHours(from, from.plusSeconds(2 * 3600 + 20 * 60));
        assertEquals(new BigDecimal("2.33"), length);
        assertNull(VolunteerRules.hoursProblem(new BigDecimal("2.33"), length));
        assertEquals("record.hours.too-many", VolunteerRules.hoursProblem(new BigDecimal("2.34"), length));
        assertEquals("record.hours.positive", VolunteerRules.hoursProblem(BigDecimal.ZERO, length));
        assertEquals("record.hours.scale", VolunteerRules.hoursProblem(new BigDecimal("1.125"), length));
        assertEquals("field.required", VolunteerRules.hoursProblem(null, length));
    }

    @Test
    public void staffAndTheOrganisingOrganisationOrganise() {
        Actor staff = new Actor("s", Set.of(Role.STAFF), null, null, null);
        Actor auditor = new Actor("a", Set.of(Role.AUDITOR), null, null, null);
        Actor org = new Actor("o", Set.of(Role.ORGANISATION), null, 7L, null);
        assertTrue(VolunteerRules.mayOrganise(staff, 7));
        assertTrue(VolunteerRules.mayOrganise(org, 7));
        assertFalse(VolunteerRules.mayOrganise(org, 8));
        assertFalse(VolunteerRules.mayOrganise(auditor, 7));
    }

    @Test
    public void anOrganisationsUserActsForItsOwnOrganisationOnly() {
        Actor staff = new Actor("s", Set.of(Role.STAFF), null, null, null);
        Actor auditor = new Actor("a", Set.of(Role.AUDITOR), null, null, null);
        Actor org = new Actor("o", Set.of(Role.ORGANISATION), null, 7L, null);
        Actor enterprise = new Actor("e", Set.of(Role.ENTERPRISE), 3L, null, null);
        assertEquals(Long.valueOf(9), VolunteerRules.actingOrganisation(staff, 9L));
        assertNull(VolunteerRules.actingOrganisation(staff, null));
        assertEquals(Long.valueOf(7), VolunteerRules.actingOrganisation(org, null));
        assertEquals(Long.valueOf(7), VolunteerRules.actingOrganisation(org, 7L));
        assertForbidden(() -> VolunteerRules.actingOrganisation(org, 8L));
        assertForbidden(() -> VolunteerRules.actingOrganisation(auditor, 7L));
        assertForbidden(() -> VolunteerRules.actingOrganisation(enterprise, null));
        assertEquals(Long.valueOf(8), VolunteerRules.organisationFilter(auditor, 8L));
        assertEquals(Long.valueOf(7), VolunteerRules.organisationFilter(org, null));
        assertForbidden(() -> VolunteerRules.organisationFilter(enterprise, null));
    }

    private static void assertForbidden(Runnable call) {
        try {
            call.run();
            Assert.fail("expected a 403");
        } catch (ForbiddenException expected) {
            // the caller's role does not cover it
        }
    }

    @Test
    public void signUpsAndRecordsMoveOnce() {
        assertTrue(VolunteerRules.decidable(SignUpStatus.PENDING));
        assertFalse(VolunteerRules.decidable(SignUpStatus.CONFIRMED));
        assertFalse(VolunteerRules.holdsPlace(SignUpStatus.REJECTED));
        assertTrue(VolunteerRules.holdsPlace(SignUpStatus.PENDING));
        assertTrue(VolunteerRules.editable(RecordStatus.DRAFT));
        assertFalse(VolunteerRules.editable(RecordStatus.CONFIRMED));
        assertFalse(VolunteerRules.counts(RecordStatus.SUPERSEDED));
    }

    @Test
    public void fiveGradesAndSatisfaction() {
        assertEquals(SatisfactionGrade.VERY_SATISFIED, VolunteerRules.grade("5"));
        assertEquals(SatisfactionGrade.VERY_DISSATISFIED, VolunteerRules.grade("1"));
        assertEquals(SatisfactionGrade.SATISFIED, VolunteerRules.grade("satisfied"));
        assertNull(VolunteerRules.grade("6"));
        assertEquals(BigDecimal.ZERO, VolunteerRules.satisfaction(List.of()));
        assertEquals(new BigDecimal("66.7"), VolunteerRules.satisfaction(List.of(SatisfactionGrade.VERY_SATISFIED,
                SatisfactionGrade.BASICALLY_SATISFIED, SatisfactionGrade.DISSATISFIED)));
    }

    @Test
    public void theYearIsLocal() {
        assertEquals(2027, VolunteerRules.year(LocalDateTime.parse("2026-12-31T17:00:00")));
    }

    @Test
    public void textsAreBilingual() {
        assertEquals("岗位“讲师”的 2 个名额已满", VolunteerRules.TEXTS.zh("signup.full", "讲师", 2));
        assertEquals("The 2 places of role \"讲师\" are taken", VolunteerRules.TEXTS.en("signup.full", "讲师", 2));
        assertEquals("必填", VolunteerRules.TEXTS.zh("field.required"));
    }
}

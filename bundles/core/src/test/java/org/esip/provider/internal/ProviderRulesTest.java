package org.esip.provider.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;
import org.esip.provider.api.ExpertRegistration;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationRegistration;
import org.esip.provider.api.Presence;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointRegistration;
import org.esip.provider.api.StaffPost;
import org.esip.provider.api.StaffRegistration;
import org.esip.provider.api.TrainingRecord;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.junit.Test;

/** Every registry's input rules (clauses 6.2, 6.3): each bad field is named, all at once. */
public class ProviderRulesTest {
    private static final String CODE = UnifiedSocialCreditCode.withCheckCharacter("91330302MA2K0A0A1");

    private static Set<String> fields(Runnable check) {
        ValidationException e = assertThrows(ValidationException.class, check::run);
        Set<String> fields = new TreeSet<>();
        for (FieldViolation v : e.violations()) {
            fields.add(v.field());
        }
        return fields;
    }

    private static OrganisationRegistration organisation(String code, String region, Set<ServiceDomain> domains,
            Boolean creditGood, String creditNote, List<OrganisationQualification> qualifications) {
        return new OrganisationRegistration(null, code, "温州检测技术有限公司", region, null, null, "0577-88000001",
                "info@example.cn", domains, qualifications, creditGood, creditNote, Presence.BOTH, true, Set.of("检测"));
    }

    @Test
    public void anOrganisationNeedsAValidCodeARegionAndADomain_6_3() {
        ProviderRules.CheckedOrganisation ok = ProviderRules.organisation(organisation(CODE.toLowerCase(), "330302",
                Set.of(ServiceDomain.FINANCING, ServiceDomain.INSPECTION_TESTING), null, null, null), false, null);
        assertEquals(CODE, ok.creditCode());
        assertEquals(true, ok.creditGood()); // no bad record unless one is noted
        String badCheck = CODE.substring(0, 17) + (CODE.charAt(17) == '0' ? '1' : '0');
        assertEquals(Set.of("creditCode", "regionCode", "domains"), fields(() -> ProviderRules.organisation(
                organisation(badCheck, "3303", Set.of(), null, null, null), false, null)));
    }

    @Test
    public void aBadCreditRecordCarriesItsNoteAndAQualificationItsType_6_3() {
        assertEquals(Set.of("creditNote", "qualifications[1].type"), fields(() -> ProviderRules.organisation(
                organisation(CODE, "330302", Set.of(ServiceDomain.CERTIFICATION), false, " ",
                        List.of(new OrganisationQualification("CMA", "1", null, LocalDate.of(2030, 1, 1), null),
                                new OrganisationQualification(" ", "2", null, null, null))), false, null)));
    }

    @Test
    public void anUpdateCarriesItsVersionAndKeepsTheCreditCode_6_3() {
        String other = UnifiedSocialCreditCode.withCheckCharacter("91330302MA2K0A0B1");
        assertEquals(Set.of("version", "creditCode"), fields(() -> ProviderRules.organisation(
                organisation(other, "330302", Set.of(ServiceDomain.CERTIFICATION), null, null, null), true, CODE)));
    }

    @Test
    public void anExpertHasAWellFormedIdNumberAndContacts_6_2_2() {
        assertEquals(Set.of("idNumber", "phone", "email", "regionCode"), fields(() -> ProviderRules.expert(
                new ExpertRegistration(null, "钱教授", "3303021980", Set.of(ServiceDomain.EXPERIMENT), "教授", true, null,
                        "call me", "no-at-sign", null, "33", null), false)));
        assertEquals(Set.of("name", "domains"), fields(() -> ProviderRules.expert(
                new ExpertRegistration(null, " ", null, null, null, null, null, null, null, null, null, null), false)));
    }

    @Test
    public void staffHaveANameAndAPostAndDefaultToFullTime_6_2_1() {
        assertEquals(Set.of("name", "post", "version"), fields(() -> ProviderRules.staff(
                new StaffRegistration(null, "", null, null, null, null, null), true)));
        assertEquals(true, ProviderRules.staff(new StaffRegistration(null, "孙一", StaffPost.DIRECTOR, null, null, null,
                Set.of(3L)), false).fullTime());
        // A blank entry in the list arrives as null: a 400 on the field, not a NullPointerException.
        Set<Long> withNull = new HashSet<>(Arrays.asList(3L, null));
        assertEquals(Set.of("servicePointIds"), fields(() -> ProviderRules.staff(
                new StaffRegistration(null, "孙一", StaffPost.DIRECTOR, null, null, null, withNull), false)));
    }

    @Test
    public void aTrainingRecordHasATitleAndSensibleHours_6_2_1_3() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertEquals(Set.of("title", "hours"), fields(() -> ProviderRules.training(
                new TrainingRecord(null, "温州市经信局", today, BigDecimal.ZERO, null), today)));
        assertEquals(Set.of("startedOn"), fields(() -> ProviderRules.training(
                new TrainingRecord("企业服务规范培训", null, today.plusYears(2), BigDecimal.valueOf(16), null), today)));
    }

    @Test
    public void aServicePointHasACodeAKindAndASixDigitRegion_4_2_5() {
        assertEquals(Set.of("code", "kind", "regionCode"), fields(() -> ProviderRules.point(
                new ServicePointRegistration(null, "瓯海 窗口", "瓯海区服务窗口", null, "33030", null, null, null), false,
                null)));
        assertEquals(Set.of("code"), fields(() -> ProviderRules.point(new ServicePointRegistration(1L, "330304-XX",
                "瓯海区服务窗口", ServicePointKind.PLATFORM_WINDOW, "330304", null, null, null), true, "330304-WM")));
    }
}

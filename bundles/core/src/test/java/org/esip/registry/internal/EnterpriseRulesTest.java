package org.esip.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;
import org.junit.Test;

/** Validation of an enterprise record of the service-object database (clause 4.4.2). */
public class EnterpriseRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static EnterpriseRegistration reg(Long version, String code, String name, String region, String industry,
            Set<String> tags) {
        return new EnterpriseRegistration(version, code, name, region, null, null, industry, null, null, null, null, null,
                null, null, null, null, null, tags);
    }

    private static Set<String> fields(ValidationException e) {
        return e.violations().stream().map(FieldViolation::field).collect(Collectors.toSet());
    }

    @Test
    public void validRegistrationIsNormalised_4_4_2() {
        EnterpriseRules.Checked r = EnterpriseRules.forRegistration(new EnterpriseRegistration(null,
                " 91330100799655058b", "  阿里巴巴（中国）有限公司 ", "330100", " 五马街道 ", null, "i6513", null, null,
                "0577-88886666", "a@example.cn", 120, new BigDecimal("3500"), null, LocalDate.of(2010, 5, 1), null,
                List.of(new Qualification(QualificationType.HIGH_TECH, "GR202333000123", LocalDate.of(2023, 12, 8),
                        LocalDate.of(2026, 12, 7), false),
                        new Qualification(QualificationType.TECH_SME, null, null, LocalDate.of(2025, 12, 31), false)),
                Set.of(" 高新技术企业 ")), TODAY);
        assertEquals("91330100799655058B", r.creditCode());
        assertEquals("阿里巴巴（中国）有限公司", r.name());
        assertEquals("五马街道", r.township());
        assertEquals("I6513", r.industryCode());
        assertEquals(new BigDecimal("3500.00"), r.annualRevenue());
        assertEquals(Set.of("高新技术企业"), r.tags());
        assertFalse("valid until 2026-12-07", r.qualifications().get(0).expired());
        assertTrue("expired on 2025-12-31", r.qualifications().get(1).expired());
    }

    @Test
    public void everyBadFieldIsReportedAtOnceInChineseAndEnglish() {
        try {
            EnterpriseRules.forRegistration(new EnterpriseRegistration(null, "91330100799655058C", " ", "3303", null, null,
                    "Z99", null, null, "call me", "not-mail", -1, new BigDecimal("-5"), new BigDecimal("1.234"),
                    LocalDate.of(2030, 1, 1), null, List.of(new Qualification(null, null, null, null, false)),
                    Set.of("")), TODAY);
            fail("invalid registration accepted");
        } catch (ValidationException e) {
            assertEquals(Set.of("creditCode", "name", "regionCode", "industryCode", "tags", "contactPhone",
                    "contactEmail", "employees", "annualRevenue", "totalAssets", "foundedOn", "qualifications[0].type"),
                    fields(e));
            FieldViolation credit = e.violations().stream().filter(x -> x.field().equals("creditCode")).findFirst()
                    .orElseThrow();
            assertEquals("creditCode.check-character", credit.code());
            assertEquals("统一社会信用代码校验位（第 18 位）错误", credit.message());
            assertEquals("The check character (18th) of the unified social credit code is wrong", credit.messageEn());
        }
    }

    @Test
    public void missingRequiredFieldsAreNamed() {
        try {
            EnterpriseRules.forRegistration(reg(null, null, null, null, null, null), TODAY);
            fail("empty registration accepted");
        } catch (ValidationException e) {
            assertEquals(List.of("creditCode", "name", "regionCode"),
                    e.violations().stream().map(FieldViolation::field).toList());
            assertEquals("此项为必填项", e.violations().get(0).message());
        }
    }

    @Test
    public void industryCodesMustExistInGbT4754() {
        for (String code : new String[] {"C", "C34", "C344", "C3443", "I6513", "F5212"}) {
            EnterpriseRules.forRegistration(reg(null, "91330100799655058B", "x", "330302", code, null), TODAY);
        }
        for (String code : new String[] {"C99", "C06", "A13", "U", "C34431"}) {
            try {
                EnterpriseRules.forRegistration(reg(null, "91330100799655058B", "x", "330302", code, null), TODAY);
                fail(code + " accepted");
            } catch (ValidationException e) {
                assertEquals(Set.of("industryCode"), fields(e));
            }
        }
        assertEquals("电气机械和器材制造业", IndustryClassification.name("C3823"));
        assertEquals("制造业", IndustryClassification.name("C"));
    }

    @Test
    public void anUpdateNeedsTheVersionAndKeepsTheCreditCode_4_4_2() {
        try {
            EnterpriseRules.forUpdate(reg(null, "91330100799655058B", "", "33030", "C3411", Set.of()),
                    "91330304MA2D0U0P1X", TODAY);
            fail("update without version accepted");
        } catch (ValidationException e) {
            assertEquals(Set.of("version", "creditCode", "name", "regionCode"), fields(e));
        }
        EnterpriseRules.Checked u = EnterpriseRules.forUpdate(
                reg(3L, null, " 温州瓯越阀门有限公司 ", "330304", "c3443", Set.of(" 出口 ")), "91330304MA2D0U0P1X", TODAY);
        assertEquals("91330304MA2D0U0P1X", u.creditCode());
        assertEquals("温州瓯越阀门有限公司", u.name());
        assertEquals("C3443", u.industryCode());
        assertEquals(Set.of("出口"), u.tags());
    }
}

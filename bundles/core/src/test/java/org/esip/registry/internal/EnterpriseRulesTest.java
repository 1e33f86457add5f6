package org.esip.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseUpdate;
import org.junit.Test;

/** Validation of an enterprise record of the service-object database (clause 4.4.2). */
public class EnterpriseRulesTest {

    @Test
    public void validRegistrationIsNormalised_4_4_2() {
        EnterpriseRegistration r = EnterpriseRules.normalize(new EnterpriseRegistration(
                " 91330100799655058b", "  阿里巴巴（中国）有限公司 ", "330100", "i6513", Set.of(" 高新技术企业 ")));
        assertEquals("91330100799655058B", r.creditCode());
        assertEquals("阿里巴巴（中国）有限公司", r.name());
        assertEquals("I6513", r.industryCode());
        assertEquals(Set.of("高新技术企业"), r.tags());
    }

    @Test
    public void everyBadFieldIsReportedAtOnceInChineseAndEnglish() {
        try {
            EnterpriseRules.normalize(new EnterpriseRegistration("91330100799655058C", " ", "3303", "Z99", Set.of("")));
            fail("invalid registration accepted");
        } catch (ValidationException e) {
            List<FieldViolation> v = e.violations();
            assertEquals(Set.of("creditCode", "name", "regionCode", "industryCode", "tags"),
                    v.stream().map(FieldViolation::field).collect(Collectors.toSet()));
            FieldViolation credit = v.stream().filter(x -> x.field().equals("creditCode")).findFirst().orElseThrow();
            assertEquals("creditCode.check-character", credit.code());
            assertEquals("统一社会信用代码校验位（第 18 位）错误", credit.message());
            assertEquals("The check character (18th) of the unified social credit code is wrong", credit.messageEn());
        }
    }

    @Test
    public void missingRequiredFieldsAreNamed() {
        try {
            EnterpriseRules.normalize(new EnterpriseRegistration(null, null, null, null, null));
            fail("empty registration accepted");
        } catch (ValidationException e) {
            assertEquals(List.of("creditCode", "name", "regionCode"),
                    e.violations().stream().map(FieldViolation::field).toList());
            assertEquals("此项为必填项", e.violations().get(0).message());
        }
    }

    @Test
    public void industryCodeLevelsOfGbT4754AreAccepted() {
        for (String code : new String[] {"C", "C34", "C344", "C3443"}) {
            EnterpriseRules.normalize(new EnterpriseRegistration("91330100799655058B", "x", "330302", code, null));
        }
    }

    @Test
    public void anUpdateNeedsTheVersionItWasMadeAgainstAndTheSameFieldRules_4_4_2() {
        try {
            EnterpriseRules.normalize(new EnterpriseUpdate(null, "", "33030", "C3411", Set.of()));
            fail("update without version accepted");
        } catch (ValidationException e) {
            assertEquals(Set.of("version", "name", "regionCode"),
                    e.violations().stream().map(FieldViolation::field).collect(Collectors.toSet()));
        }
        EnterpriseUpdate u = EnterpriseRules.normalize(
                new EnterpriseUpdate(3L, " 温州瓯越阀门有限公司 ", "330304", "c3443", Set.of(" 出口 ")));
        assertEquals(Long.valueOf(3), u.version());
        assertEquals("温州瓯越阀门有限公司", u.name());
        assertEquals("C3443", u.industryCode());
        assertEquals(Set.of("出口"), u.tags());
    }
}

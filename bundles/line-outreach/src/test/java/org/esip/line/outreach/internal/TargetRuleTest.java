package org.esip.line.outreach.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.esip.core.api.FieldViolation;
import org.esip.line.kit.FieldChecks;
import org.esip.line.outreach.api.TargetConditions;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.EnterpriseStatus;
import org.junit.Test;

/** The conditions that choose a campaign's targets and the reason shown for each (clause 5.1.3 b). */
public class TargetRuleTest {

    private static Enterprise enterprise(String region, String industry, EnterpriseSize size, Set<String> tags) {
        return new Enterprise(1, "91330304MA0000000X", "瓯海眼镜有限公司", region, "娄桥街道", null, industry, "眼镜制造",
                null, null, null, null, 50, null, null, null, size, false, null, null, List.of(), tags, Set.of(),
                EnterpriseStatus.ACTIVE, null, null, null, 0);
    }

    private static Set<String> fields(TargetConditions c) {
        FieldChecks checks = new FieldChecks(OutreachTexts.TEXTS);
        TargetRule.check(checks, c);
        return checks.violations().stream().map(FieldViolation::field).collect(Collectors.toSet());
    }

    @Test
    public void atLeastOneConditionAndEachOfItsForm() {
        assertEquals(Set.of("conditions"), fields(new TargetConditions(null, " ", null, null)));
        assertEquals(Set.of("conditions"), fields(null));
        assertEquals(Set.of("regionPrefix", "industryPrefix", "size"), fields(new TargetConditions("33a", "38", "HUGE", null)));
        assertEquals(Set.of(), fields(new TargetConditions("330304", "c3587", "small", "专精特新")));
    }

    @Test
    public void anEnterpriseMeetsEveryGivenCondition() {
        TargetConditions c = TargetRule.normalise(new TargetConditions(" 3303 ", "c35", "small", null));
        assertEquals("C35", c.industryPrefix());
        assertEquals("SMALL", c.size());
        assertTrue(TargetRule.meets(enterprise("330304", "C3587", EnterpriseSize.SMALL, Set.of()), c));
        assertFalse(TargetRule.meets(enterprise("330104", "C3587", EnterpriseSize.SMALL, Set.of()), c));
        assertFalse(TargetRule.meets(enterprise("330304", "C3587", EnterpriseSize.MEDIUM, Set.of()), c));
        TargetConditions tagged = new TargetConditions(null, null, null, "专精特新");
        assertTrue(TargetRule.meets(enterprise("330304", "C3587", null, Set.of("专精特新")), tagged));
        assertFalse(TargetRule.meets(enterprise("330304", "C3587", null, Set.of()), tagged));
    }

    @Test
    public void theReasonNamesEachConditionWithTheEnterprisesValueInBothLanguages() {
        String reason = TargetRule.reason(enterprise("330304", "C3587", EnterpriseSize.SMALL, Set.of()),
                new TargetConditions("3303", "C35", "SMALL", null));
        assertTrue(reason, reason.contains("区划 330304（娄桥街道） 属 3303"));
        assertTrue(reason, reason.contains("行业 C3587 眼镜制造 属 C35"));
        assertTrue(reason, reason.contains("规模 小型"));
        assertTrue(reason, reason.contains("region 330304 in 3303"));
    }

    @Test
    public void idListsRoundTrip() {
        assertEquals(List.of(3L, 1L), Ids.split(Ids.join(List.of(3L, 1L))));
        assertEquals(List.of(), Ids.split(null));
        assertEquals(null, Ids.join(List.of()));
    }

    @Test
    public void textsAreChineseFirstWithEnglishBeside() {
        assertEquals("不在活动期间 2026-12-01 至 2026-12-31 内", OutreachTexts.TEXTS.zh("outreach.outside-period",
                "2026-12-01", "2026-12-31"));
        assertEquals("Outside the campaign period 2026-12-01 to 2026-12-31", OutreachTexts.TEXTS.en("outreach.outside-period",
                "2026-12-01", "2026-12-31"));
    }
}

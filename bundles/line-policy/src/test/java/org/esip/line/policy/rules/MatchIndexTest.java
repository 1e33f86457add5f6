package org.esip.line.policy.rules;

import static org.esip.line.policy.rules.TestEnterprise.enterprise;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.esip.line.policy.api.ConditionCode;
import org.esip.line.policy.api.Eligibility;
import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.PolicyEligibility;
import org.esip.line.policy.api.Verdict;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.QualificationType;
import org.junit.Test;

/** Two-way matching through the index, on a handful of enterprises one can follow (clause 5.2.1.2). */
public class MatchIndexTest {
    private static final LocalDate ON = LocalDate.of(2026, 6, 30);
    private static final Eligibility ANY = Eligibility.any(LocalDate.of(2026, 1, 1));

    /** 乐清 electrical, 瑞安 auto parts, 鹿城 shoes (size unknown), 杭州 software. */
    private static MatchIndex index() {
        MatchIndex index = new MatchIndex(ON);
        index.putEnterprise(enterprise(1).region("330382").industry("C3823").employees(120).tags("智能电气", "出口")
                .qualification(QualificationType.HIGH_TECH, null, null).build());
        index.putEnterprise(enterprise(2).region("330381").industry("C3670").employees(45).tags("汽摩配").build());
        index.putEnterprise(enterprise(3).region("330302").industry("C1952").employees(null).size(null)
                .tags("鞋革", "出口").build());
        index.putEnterprise(enterprise(4).region("330106").industry("I6513").employees(30).build());
        index.putPolicy(PolicyEligibility.of(100, ANY.withRegions("3303").withEmployees(50, null)));
        index.putPolicy(PolicyEligibility.of(200, ANY.withRequiredTags("出口")
                .withSizes(EnterpriseSize.SMALL, EnterpriseSize.MICRO)));
        index.putPolicy(PolicyEligibility.of(300, ANY.withIndustries("C38")
                .withRequiredQualifications(QualificationType.HIGH_TECH)));
        index.putPolicy(PolicyEligibility.of(400, Eligibility.any(LocalDate.of(2027, 1, 1))));
        return index;
    }

    @Test
    public void policiesForAnEnterpriseAndEnterprisesForAPolicy_5_2_1_2() {
        MatchIndex index = index();
        MatchSet forLeqing = index.policiesFor(1);
        assertArrayEquals(new long[] {100, 200, 300}, forLeqing.eligible());
        assertArrayEquals(new long[] {}, forLeqing.unknown());
        MatchSet forLucheng = index.policiesFor(3);
        assertArrayEquals(new long[] {}, forLucheng.eligible());
        assertArrayEquals("unknown employees and size are never a silent no", new long[] {100, 200},
                forLucheng.unknown());
        assertEquals(Verdict.UNKNOWN, forLucheng.verdictOf(200));
        assertEquals(Verdict.NOT_ELIGIBLE, forLucheng.verdictOf(300));
        assertArrayEquals(new long[] {1}, index.enterprisesFor(100).eligible());
        assertArrayEquals(new long[] {3}, index.enterprisesFor(100).unknown());
        assertArrayEquals(new long[] {1}, index.enterprisesFor(200).eligible());
        assertArrayEquals("not in force yet", new long[] {}, index.enterprisesFor(400).eligible());
        assertThrows(NoSuchElementException.class, () -> index.policiesFor(99));
        assertThrows(NoSuchElementException.class, () -> index.enterprisesFor(99));
    }

    @Test
    public void nearMissesSayWhatIsMissing_5_2_1_2() {
        MatchIndex index = index();
        List<MatchResult> near = index.nearMissEnterprisesFor(100, 10);
        assertEquals("杭州 fails both region and employees", List.of(2L), near.stream().map(MatchResult::enterpriseId).toList());
        MatchResult ruian = near.get(0);
        assertEquals(ConditionCode.EMPLOYEES, ruian.failing().get(0).code());
        assertEquals("从业人员 45 人，需 ≥ 50 人", ruian.failing().get(0).explanationZh());
        assertEquals("45 employees, at least 50 needed", ruian.failing().get(0).explanationEn());
        index.putEnterprise(enterprise(4).region("330106").industry("I6513").employees(80).build());
        List<MatchResult> both = index.nearMissEnterprisesFor(100, 10);
        assertEquals(List.of(2L, 4L), both.stream().map(MatchResult::enterpriseId).toList());
        assertEquals(ConditionCode.REGION, both.get(1).failing().get(0).code());
        assertEquals("所属区划 330106，需属于 3303", both.get(1).failing().get(0).explanationZh());
        assertEquals(1, index.nearMissEnterprisesFor(100, 1).size());
        List<MatchResult> forRuian = index.nearMissPoliciesFor(2, 10);
        assertEquals("short of employees for 100, of the tag 出口 for 200", List.of(100L, 200L),
                forRuian.stream().map(MatchResult::policyId).toList());
        assertEquals("缺少标签 出口（需具有 出口）", forRuian.get(1).failing().get(0).explanationZh());
        assertEquals(index.explain(2, 100), forRuian.get(0));
    }

    @Test
    public void changesAreIncrementalAndAPolicyChangeRerunsItsMatching_5_2_1_2() {
        MatchIndex index = index();
        MatchSet before = index.enterprisesFor(100);
        index.putEnterprise(enterprise(2).region("330381").industry("C3670").employees(60).tags("汽摩配").build());
        assertArrayEquals(new long[] {1, 2}, index.enterprisesFor(100).eligible());
        MatchSet after = index.putPolicy(PolicyEligibility.of(100, ANY.withRegions("3303").withEmployees(40, null)));
        assertArrayEquals(new long[] {1, 2}, after.eligible());
        assertArrayEquals("whom to push to", new long[] {2}, after.newlyEligibleSince(before));
        assertTrue(index.removeEnterprise(1));
        assertFalse(index.removeEnterprise(1));
        assertArrayEquals(new long[] {2}, index.enterprisesFor(100).eligible());
        index.putEnterprise(enterprise(2).retired().build());
        assertEquals("a retired enterprise leaves the index", 2, index.enterpriseCount());
        assertArrayEquals(new long[] {}, index.enterprisesFor(100).eligible());
        assertTrue(index.removePolicy(100));
        assertThrows(NoSuchElementException.class, () -> index.enterprisesFor(100));
        assertArrayEquals(new long[] {200}, index.policiesFor(3).unknown());
        // a freed slot is reused by the next enterprise without leaking the old one's facts
        index.putEnterprise(enterprise(5).region("330302").industry("C3823").employees(500).tags("出口")
                .qualification(QualificationType.HIGH_TECH, null, null).build());
        assertArrayEquals(new long[] {200, 300}, index.policiesFor(5).eligible());
        assertTrue(index.estimatedBytes() > 0);
    }

    @Test
    public void anotherDateBringsAnotherVersionInForce_5_2_1_2() {
        MatchIndex index = index();
        index.putPolicy(new PolicyEligibility(500, List.of(ANY.withEmployees(100, null),
                Eligibility.any(LocalDate.of(2027, 1, 1)).withEmployees(40, null))));
        assertArrayEquals(new long[] {1}, index.enterprisesFor(500).eligible());
        index.rebase(LocalDate.of(2027, 1, 1));
        assertArrayEquals(new long[] {1, 2}, index.enterprisesFor(500).eligible());
        assertArrayEquals(new long[] {1, 2, 3, 4}, index.enterprisesFor(400).eligible());
        assertEquals(LocalDate.of(2027, 1, 1), index.explain(2, 500).versionEffectiveFrom());
    }
}

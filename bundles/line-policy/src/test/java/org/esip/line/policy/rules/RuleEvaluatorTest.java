package org.esip.line.policy.rules;

import static org.esip.line.policy.rules.TestEnterprise.enterprise;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.esip.line.policy.api.ConditionCode;
import org.esip.line.policy.api.ConditionResult;
import org.esip.line.policy.api.Eligibility;
import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.PolicyEligibility;
import org.esip.line.policy.api.Verdict;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.QualificationType;
import org.junit.Test;

/** One enterprise against one policy, explained condition by condition (clause 5.2.1.2). */
public class RuleEvaluatorTest {
    private static final LocalDate ON = LocalDate.of(2026, 6, 30);
    private static final Eligibility ANY = Eligibility.any(LocalDate.of(2026, 1, 1));

    private final RuleEvaluator evaluator = new RuleEvaluator();

    private MatchResult evaluate(TestEnterprise e, Eligibility conditions) {
        return evaluate(e, conditions, ON);
    }

    private MatchResult evaluate(TestEnterprise e, Eligibility conditions, LocalDate on) {
        PolicyEligibility policy = PolicyEligibility.of(7, conditions);
        MatchResult r = evaluator.evaluate(e.build(), policy, on);
        assertEquals("the fast verdict agrees", r.verdict(), evaluator.verdict(e.build(), policy, on));
        return r;
    }

    /** The single condition's result, checking the overall verdict follows it. */
    private ConditionResult only(TestEnterprise e, Eligibility conditions, Verdict expected) {
        MatchResult r = evaluate(e, conditions);
        assertEquals(1, r.conditions().size());
        ConditionResult c = r.conditions().get(0);
        assertEquals(expected, c.verdict());
        assertEquals(expected, r.verdict());
        return c;
    }

    private static void explains(ConditionResult c, String zh, String en) {
        assertEquals(zh, c.explanationZh());
        assertEquals(en, c.explanationEn());
    }

    @Test
    public void regionMatchesGbT2260CodesByPrefix_5_2_1_2() {
        Eligibility wenzhou = ANY.withRegions("3303");
        ConditionResult ok = only(enterprise(1).region("330382"), wenzhou, Verdict.ELIGIBLE);
        assertEquals(ConditionCode.REGION, ok.code());
        assertEquals("330382", ok.enterpriseValue());
        assertEquals("3303", ok.required());
        explains(ok, "所属区划 330382，属于 3303", "region 330382, within 3303");
        ConditionResult no = only(enterprise(1).region("330106"), ANY.withRegions("330382", "3303"),
                Verdict.NOT_ELIGIBLE);
        assertEquals("3303, 330382", no.required());
        explains(no, "所属区划 330106，需属于 3303、330382", "region 330106, must be within 3303, 330382");
        ConditionResult unknown = only(enterprise(1).region(" "), wenzhou, Verdict.UNKNOWN);
        assertNull(unknown.enterpriseValue());
        explains(unknown, "所属区划未登记，需属于 3303", "region not recorded, must be within 3303");
        only(enterprise(1).region("330302"), ANY.withRegions("330302"), Verdict.ELIGIBLE);
        only(enterprise(1).region("330303"), ANY.withRegions("330302"), Verdict.NOT_ELIGIBLE);
    }

    @Test
    public void industryMatchesGbT4754CodesByPrefix_5_2_1_2() {
        only(enterprise(1).industry("C3823"), ANY.withIndustries("C38"), Verdict.ELIGIBLE);
        only(enterprise(1).industry("c3823"), ANY.withIndustries("c"), Verdict.ELIGIBLE); // codes are upper-cased
        only(enterprise(1).industry("C3823"), ANY.withIndustries("C3823"), Verdict.ELIGIBLE);
        ConditionResult no = only(enterprise(1).industry("C3443"), ANY.withIndustries("C38", "I65"),
                Verdict.NOT_ELIGIBLE);
        explains(no, "所属行业 C3443，需属于 C38、I65", "industry C3443, must be within C38, I65");
        ConditionResult unknown = only(enterprise(1).industry(null), ANY.withIndustries("C38"), Verdict.UNKNOWN);
        explains(unknown, "所属行业未登记，需属于 C38", "industry not recorded, must be within C38");
    }

    @Test
    public void sizeIsOneOfTheAllowed_5_2_1_2() {
        Eligibility smallOrMicro = ANY.withSizes(EnterpriseSize.MICRO, EnterpriseSize.SMALL);
        ConditionResult ok = only(enterprise(1).size(EnterpriseSize.SMALL), smallOrMicro, Verdict.ELIGIBLE);
        assertEquals("SMALL", ok.enterpriseValue());
        assertEquals("SMALL, MICRO", ok.required());
        explains(ok, "企业规模为小型，符合要求（小型、微型）", "small enterprise, as required (small, micro)");
        ConditionResult no = only(enterprise(1).size(EnterpriseSize.MEDIUM), smallOrMicro, Verdict.NOT_ELIGIBLE);
        explains(no, "企业规模为中型，需为小型、微型", "medium enterprise, must be small, micro");
        ConditionResult unknown = only(enterprise(1).size(null), smallOrMicro, Verdict.UNKNOWN);
        explains(unknown, "企业规模未能认定，需为小型、微型", "size not determined, must be small, micro");
    }

    @Test
    public void employeesWithinTheRangeBoundsIncluded_5_2_1_2() {
        Eligibility atLeast50 = ANY.withEmployees(50, null);
        ConditionResult no = only(enterprise(1).employees(45), atLeast50, Verdict.NOT_ELIGIBLE);
        assertEquals("45", no.enterpriseValue());
        assertEquals("≥ 50", no.required());
        explains(no, "从业人员 45 人，需 ≥ 50 人", "45 employees, at least 50 needed");
        only(enterprise(1).employees(49), atLeast50, Verdict.NOT_ELIGIBLE);
        explains(only(enterprise(1).employees(50), atLeast50, Verdict.ELIGIBLE), "从业人员 50 人，符合 ≥ 50 人的要求",
                "50 employees, at least 50 required");
        Eligibility atMost300 = ANY.withEmployees(null, 300);
        only(enterprise(1).employees(300), atMost300, Verdict.ELIGIBLE);
        explains(only(enterprise(1).employees(301), atMost300, Verdict.NOT_ELIGIBLE), "从业人员 301 人，需 ≤ 300 人",
                "301 employees, at most 300 needed");
        Eligibility between = ANY.withEmployees(10, 100);
        only(enterprise(1).employees(10), between, Verdict.ELIGIBLE);
        only(enterprise(1).employees(100), between, Verdict.ELIGIBLE);
        ConditionResult over = only(enterprise(1).employees(1000), between, Verdict.NOT_ELIGIBLE);
        assertEquals("10–100", over.required());
        explains(over, "从业人员 1000 人，需 10–100 人", "1000 employees, between 10 and 100 needed");
        explains(only(enterprise(1).employees(null), atLeast50, Verdict.UNKNOWN), "从业人员未登记，需 ≥ 50 人",
                "number of employees not recorded, at least 50 needed");
        assertTrue("an unbounded range is no condition", ANY.withEmployees(null, null).unconditional());
    }

    @Test
    public void annualRevenueInTenThousandYuanComparedByValue_5_2_1_2() {
        Eligibility atLeast2000 = ANY.withAnnualRevenue(new BigDecimal("2000"), null);
        only(enterprise(1).revenue("2000.00"), atLeast2000, Verdict.ELIGIBLE);
        ConditionResult no = only(enterprise(1).revenue("1999.99"), atLeast2000, Verdict.NOT_ELIGIBLE);
        explains(no, "营业收入 1999.99 万元，需 ≥ 2000 万元", "annual revenue 1999.99 (10 000 CNY), at least 2000 needed");
        Eligibility under = ANY.withAnnualRevenue(null, new BigDecimal("40000.5"));
        only(enterprise(1).revenue("40000.50"), under, Verdict.ELIGIBLE);
        explains(only(enterprise(1).revenue("40000.51"), under, Verdict.NOT_ELIGIBLE),
                "营业收入 40000.51 万元，需 ≤ 40000.5 万元",
                "annual revenue 40000.51 (10 000 CNY), at most 40000.5 needed");
        explains(only(enterprise(1).revenue((String) null), atLeast2000, Verdict.UNKNOWN),
                "营业收入未登记，需 ≥ 2000 万元", "annual revenue not recorded, at least 2000 (10 000 CNY) needed");
        ConditionResult round = only(enterprise(1).revenue("2.5E+3"), atLeast2000, Verdict.ELIGIBLE);
        assertEquals("2500", round.enterpriseValue());
    }

    @Test
    public void yearsSinceFoundingAreWholeYearsOnTheEvaluationDate_5_2_1_2() {
        Eligibility atLeast5 = ANY.withYearsSinceFounding(5, null);
        TestEnterprise founded = enterprise(1).foundedOn(LocalDate.of(2021, 7, 1));
        MatchResult dayBefore = evaluate(founded, atLeast5, LocalDate.of(2026, 6, 30));
        assertEquals(Verdict.NOT_ELIGIBLE, dayBefore.verdict());
        explains(dayBefore.conditions().get(0), "成立 4 年，需 ≥ 5 年", "4 years since founding, at least 5 needed");
        MatchResult anniversary = evaluate(founded, atLeast5, LocalDate.of(2026, 7, 1));
        assertEquals(Verdict.ELIGIBLE, anniversary.verdict());
        explains(anniversary.conditions().get(0), "成立 5 年，符合 ≥ 5 年的要求", "5 years since founding, at least 5 required");
        only(enterprise(1).foundedOn(LocalDate.of(2024, 1, 1)), ANY.withYearsSinceFounding(null, 2), Verdict.ELIGIBLE);
        only(enterprise(1).foundedOn(LocalDate.of(2023, 6, 30)), ANY.withYearsSinceFounding(null, 2),
                Verdict.NOT_ELIGIBLE);
        explains(only(enterprise(1).foundedOn(null), atLeast5, Verdict.UNKNOWN), "成立日期未登记，需成立 ≥ 5 年",
                "founding date not recorded, at least 5 years since founding needed");
    }

    @Test
    public void requiredQualificationsMustAllBeValidOnTheEvaluationDate_5_2_1_2() {
        Eligibility highTechAndSrdi = ANY.withRequiredQualifications(QualificationType.HIGH_TECH,
                QualificationType.SRDI_PROVINCIAL);
        TestEnterprise both = enterprise(1)
                .qualification(QualificationType.HIGH_TECH, LocalDate.of(2024, 1, 1), ON) // last valid day
                .qualification(QualificationType.SRDI_PROVINCIAL, null, null);
        ConditionResult ok = only(both, highTechAndSrdi, Verdict.ELIGIBLE);
        assertEquals("HIGH_TECH, SRDI_PROVINCIAL", ok.enterpriseValue());
        explains(ok, "持有有效的高新技术企业、省级专精特新中小企业",
                "holds a valid high-tech enterprise, provincial specialised and sophisticated SME");
        TestEnterprise expired = enterprise(1)
                .qualification(QualificationType.HIGH_TECH, LocalDate.of(2023, 1, 1), ON.minusDays(1))
                .qualification(QualificationType.SRDI_PROVINCIAL, null, null);
        ConditionResult no = only(expired, highTechAndSrdi, Verdict.NOT_ELIGIBLE);
        explains(no, "缺少有效的高新技术企业（需持有高新技术企业、省级专精特新中小企业）",
                "lacks a valid high-tech enterprise (high-tech enterprise, provincial specialised and sophisticated SME"
                        + " required)");
        TestEnterprise notYet = enterprise(1)
                .qualification(QualificationType.HIGH_TECH, ON.plusDays(1), null)
                .qualification(QualificationType.SRDI_PROVINCIAL, null, null);
        only(notYet, highTechAndSrdi, Verdict.NOT_ELIGIBLE);
        // not holding one is a fact, never unknown
        only(enterprise(1), highTechAndSrdi, Verdict.NOT_ELIGIBLE);
    }

    @Test
    public void excludedQualificationsMustNotBeHeld_5_2_1_2() {
        Eligibility notLittleGiant = ANY.withExcludedQualifications(QualificationType.SRDI_LITTLE_GIANT);
        explains(only(enterprise(1), notLittleGiant, Verdict.ELIGIBLE), "未持有国家级专精特新“小巨人”企业",
                "holds no national little giant");
        ConditionResult no = only(enterprise(1).qualification(QualificationType.SRDI_LITTLE_GIANT, null, null),
                notLittleGiant, Verdict.NOT_ELIGIBLE);
        explains(no, "持有国家级专精特新“小巨人”企业，本政策不适用于持有国家级专精特新“小巨人”企业的企业",
                "holds national little giant, the policy excludes holders of national little giant");
        // an expired one no longer counts
        only(enterprise(1).qualification(QualificationType.SRDI_LITTLE_GIANT, null, ON.minusDays(1)), notLittleGiant,
                Verdict.ELIGIBLE);
    }

    @Test
    public void requiredAndExcludedTags_5_2_1_2() {
        Eligibility tags = ANY.withRequiredTags("智能电气", "出口");
        only(enterprise(1).tags("智能电气", "出口", "绿色工厂"), tags, Verdict.ELIGIBLE);
        ConditionResult no = only(enterprise(1).tags("智能电气"), tags, Verdict.NOT_ELIGIBLE);
        explains(no, "缺少标签 出口（需具有 出口、智能电气）", "lacks the tags 出口 (出口, 智能电气 required)");
        Eligibility excluded = ANY.withExcludedTags("失信");
        only(enterprise(1).tags("出口"), excluded, Verdict.ELIGIBLE);
        explains(only(enterprise(1).tags("失信", "出口"), excluded, Verdict.NOT_ELIGIBLE),
                "具有标签 失信，本政策不适用于具有 失信 的企业", "carries the tags 失信, the policy excludes 失信");
    }

    @Test
    public void anUnknownIsNeverASilentNo_5_2_1_2() {
        Eligibility two = ANY.withRegions("3303").withEmployees(50, null);
        MatchResult unknown = evaluate(enterprise(1).employees(null), two);
        assertEquals(Verdict.UNKNOWN, unknown.verdict());
        assertEquals(1, unknown.unknown().size());
        assertTrue(unknown.failing().isEmpty());
        MatchResult no = evaluate(enterprise(1).employees(null).region("330106"), two);
        assertEquals("a failure outweighs an unknown", Verdict.NOT_ELIGIBLE, no.verdict());
        assertTrue(no.nearMiss());
        assertEquals(Verdict.ELIGIBLE, evaluate(enterprise(1).employees(null), ANY).verdict());
        assertTrue(evaluate(enterprise(1), ANY).conditions().isEmpty());
    }

    @Test
    public void aNearMissSaysExactlyWhatIsMissing_5_2_1_2() {
        Eligibility policy = ANY.withRegions("3303").withIndustries("C38").withEmployees(50, null)
                .withRequiredTags("智能电气");
        MatchResult r = evaluate(enterprise(1).employees(45).tags("智能电气"), policy);
        assertEquals(Verdict.NOT_ELIGIBLE, r.verdict());
        assertEquals(List.of(ConditionCode.REGION, ConditionCode.INDUSTRY, ConditionCode.EMPLOYEES,
                ConditionCode.REQUIRED_TAGS), r.conditions().stream().map(ConditionResult::code).toList());
        assertTrue(r.nearMiss());
        assertEquals(1, r.failing().size());
        explains(r.failing().get(0), "从业人员 45 人，需 ≥ 50 人", "45 employees, at least 50 needed");
        assertFalse(evaluate(enterprise(1).employees(45), policy).nearMiss());
    }

    @Test
    public void theVersionInForceOnTheDateDecides_5_2_1_2() {
        Eligibility v2025 = Eligibility.any(LocalDate.of(2025, 1, 1)).withEmployees(50, null);
        Eligibility v2026 = Eligibility.any(LocalDate.of(2026, 1, 1)).withEmployees(20, null);
        PolicyEligibility policy = new PolicyEligibility(9, List.of(v2026, v2025));
        assertEquals(List.of(v2025, v2026), policy.versions());
        var e = enterprise(1).employees(30).build();
        MatchResult in2025 = evaluator.evaluate(e, policy, LocalDate.of(2025, 12, 31));
        assertEquals(Verdict.NOT_ELIGIBLE, in2025.verdict());
        assertEquals(LocalDate.of(2025, 1, 1), in2025.versionEffectiveFrom());
        MatchResult in2026 = evaluator.evaluate(e, policy, LocalDate.of(2026, 1, 1));
        assertEquals(Verdict.ELIGIBLE, in2026.verdict());
        assertEquals(LocalDate.of(2026, 1, 1), in2026.versionEffectiveFrom());
        MatchResult before = evaluator.evaluate(e, policy, LocalDate.of(2024, 12, 31));
        assertEquals(Verdict.NOT_ELIGIBLE, before.verdict());
        assertFalse("not in force is no near miss", before.nearMiss());
        ConditionResult c = before.conditions().get(0);
        assertEquals(ConditionCode.IN_FORCE, c.code());
        explains(c, "政策于 2024-12-31 尚未生效（自 2025-01-01 起生效）",
                "the policy is not in force on 2024-12-31 (in force from 2025-01-01)");
        assertEquals(Verdict.NOT_ELIGIBLE, evaluator.verdict(e, policy, LocalDate.of(2024, 12, 31)));
        PolicyEligibility always = new PolicyEligibility(10, List.of(Eligibility.any(null), v2026));
        assertEquals(Verdict.ELIGIBLE, evaluator.evaluate(e, always, LocalDate.of(1999, 1, 1)).verdict());
        assertEquals(Verdict.NOT_ELIGIBLE, evaluator.evaluate(e, new PolicyEligibility(11, List.of()), ON).verdict());
    }

    @Test
    public void conditionsAreCheckedWhenMade_5_2_1_2() {
        assertThrows(IllegalArgumentException.class, () -> ANY.withRegions("33x3"));
        assertThrows(IllegalArgumentException.class, () -> ANY.withRegions("3303021"));
        assertThrows(IllegalArgumentException.class, () -> ANY.withIndustries("38"));
        assertThrows(IllegalArgumentException.class, () -> ANY.withEmployees(50, 10));
        assertThrows(IllegalArgumentException.class, () -> ANY.withAnnualRevenue(BigDecimal.TEN, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> ANY.withRequiredTags(" "));
        assertThrows(IllegalArgumentException.class,
                () -> ANY.withRequiredTags("出口").withExcludedTags("出口"));
        assertThrows(IllegalArgumentException.class, () -> ANY.withRequiredQualifications(QualificationType.HIGH_TECH)
                .withExcludedQualifications(QualificationType.HIGH_TECH));
        assertThrows(IllegalArgumentException.class, () -> new PolicyEligibility(1, List.of(ANY, ANY)));
        assertEquals(Set.of("C38"), ANY.withIndustries(" c38 ").industryPrefixes());
    }

    @Test
    public void everyTextExistsInChineseAndEnglish() throws IOException {
        Properties zh = load("Messages_zh_CN.properties");
        Properties en = load("Messages.properties");
        assertEquals(zh.stringPropertyNames(), en.stringPropertyNames());
        for (QualificationType q : QualificationType.values()) {
            assertTrue(q.name(), zh.containsKey("qualification." + q.name()));
        }
        for (EnterpriseSize s : EnterpriseSize.values()) {
            assertTrue(s.name(), zh.containsKey("size." + s.name()));
        }
        for (String key : en.stringPropertyNames()) {
            assertFalse("no apostrophe for MessageFormat in " + key, en.getProperty(key).contains("'"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleEvaluator.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

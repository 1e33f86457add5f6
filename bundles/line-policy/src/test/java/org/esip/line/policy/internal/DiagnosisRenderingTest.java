package org.esip.line.policy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.ConditionCode;
import org.esip.line.policy.api.ConditionResult;
import org.esip.line.policy.api.DiagnosisReport;
import org.esip.line.policy.api.HandOffStatus;
import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyCategory;
import org.esip.line.policy.api.PolicyLevel;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.line.policy.api.Verdict;
import org.esip.registry.api.Enterprise;
import org.junit.Test;

/** The diagnosis report's content as an enterprise reads it (clause 3.2), and how tracked applications move. */
public class DiagnosisRenderingTest {

    private static Policy policy(long id, String title, BigDecimal wan) {
        return new Policy(id, title, "温政发〔2026〕" + id + "号", "温州市经信局", PolicyLevel.CITY, "3303",
                PolicyCategory.DIGITAL_TRANSFORMATION, LocalDate.of(2026, 3, 1), null, null, PolicyStatus.PUBLISHED, null,
                null, null, wan, null, Set.of(), BenefitRoute.ONLINE_APPLICATION, List.of("材料"), null, List.of(), null,
                Instant.EPOCH, 0);
    }

    private static Enterprise enterprise(String name) {
        return new Enterprise(7, "91330304MA2P0M0A1X", name, "330304", null, null, "C3823", "配电开关控制设备制造", null, null,
                null, null, 45, null, null, null, null, false, null, null, List.of(), Set.of(), Set.of(), null, null,
                null, Instant.EPOCH, 0);
    }

    @Test
    public void theReportShowsEveryGroupWithItsAmountAndExplainsWhatIsMissingEscaped_3_2() {
        MatchResult eligible = new MatchResult(7, 1, LocalDate.of(2026, 11, 25), null, Verdict.ELIGIBLE, List.of(
                new ConditionResult(ConditionCode.REGION, Verdict.ELIGIBLE, "330304", "3303", "所属区划 330304，属于 3303",
                        "region 330304, within 3303")));
        MatchResult near = new MatchResult(7, 2, LocalDate.of(2026, 11, 25), null, Verdict.NOT_ELIGIBLE, List.of(
                new ConditionResult(ConditionCode.EMPLOYEES, Verdict.NOT_ELIGIBLE, "45", "≥ 50", "从业人员 45 人，需 ≥ 50 人",
                        "45 employees, at least 50 needed")));
        DiagnosisReport r = new DiagnosisReport(enterprise("瓯海<测试>&公司"), LocalDate.of(2026, 11, 25), List.of(
                new DiagnosisReport.CategoryGroup(PolicyCategory.DIGITAL_TRANSFORMATION, "数字化转型", "Digital transformation",
                        new BigDecimal("50"), List.of(new DiagnosisReport.Item(policy(1, "数字化改造补助", new BigDecimal("50")), eligible)))),
                new BigDecimal("50"), List.of(), List.of(new DiagnosisReport.Item(policy(2, "规上培育奖励", null), near)),
                List.of(), List.of(policy(1, "数字化改造补助", new BigDecimal("50"))), Instant.EPOCH);
        String html = DiagnosisHtml.render(r);
        assertTrue(html, html.contains("瓯海&lt;测试&gt;&amp;公司 智能政策诊断报告"));
        assertFalse("no markup from the data", html.contains("<测试>"));
        assertTrue(html.contains("预计最高可获 50 万元"));
        assertTrue(html.contains("数字化转型 <span class=\"en\">Digital transformation</span> · 50 万元"));
        assertTrue(html.contains("从业人员 45 人，需 ≥ 50 人"));
        assertTrue(html.contains("45 employees, at least 50 needed"));
        assertTrue("an unrecorded value is said so", html.contains("未登记 not recorded"));
        assertTrue(html.contains("配电开关控制设备制造"));
        assertEquals("&lt;a href=&quot;x&quot;&gt;&#39;", DiagnosisHtml.escape("<a href=\"x\">'"));
    }

    @Test
    public void trackedApplicationsMoveOnlyForward_5_2_1_4() {
        assertTrue(HandOffFlow.allowed(HandOffStatus.HANDED_OFF, HandOffStatus.ACCEPTED));
        assertTrue(HandOffFlow.allowed(HandOffStatus.ACCEPTED, HandOffStatus.APPROVED));
        assertTrue(HandOffFlow.allowed(HandOffStatus.APPROVED, HandOffStatus.PAID_OUT));
        assertTrue(HandOffFlow.allowed(HandOffStatus.CONFIRMED, HandOffStatus.PAID_OUT));
        assertFalse(HandOffFlow.allowed(HandOffStatus.HANDED_OFF, HandOffStatus.PAID_OUT));
        assertFalse(HandOffFlow.allowed(HandOffStatus.REJECTED, HandOffStatus.APPROVED));
        assertFalse(HandOffFlow.allowed(HandOffStatus.PAID_OUT, HandOffStatus.REJECTED));
        assertFalse(HandOffFlow.allowed(null, HandOffStatus.ACCEPTED));
        assertEquals(Set.of(HandOffStatus.ACCEPTED, HandOffStatus.REJECTED), HandOffFlow.next(HandOffStatus.HANDED_OFF));
    }
}

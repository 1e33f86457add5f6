package org.esip.line.policy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.esip.registry.api.Enterprise;

/**
 * An enterprise's policy diagnosis report (智能政策诊断报告, clause 3.2): its profile, the published policies
 * it qualifies for grouped by category with the estimated benefit, those its data cannot decide yet, the near
 * misses with exactly what is missing, its applications so far and the latest policies.
 *
 * @param totalBenefitWan the sum of the eligible policies' largest amounts, in 万元 (policies without an
 *                        amount count for nothing)
 */
public record DiagnosisReport(Enterprise enterprise, LocalDate evaluatedOn, List<CategoryGroup> eligible,
        BigDecimal totalBenefitWan, List<Item> unknown, List<Item> nearMisses, List<PolicyApplication> applications,
        List<Policy> latest, Instant generatedAt) {
    public DiagnosisReport {
        eligible = List.copyOf(eligible);
        unknown = List.copyOf(unknown);
        nearMisses = List.copyOf(nearMisses);
        applications = List.copyOf(applications);
        latest = List.copyOf(latest);
    }

    /** Eligible policies of one category. */
    public record CategoryGroup(PolicyCategory category, String nameZh, String nameEn, BigDecimal benefitWan,
            List<Item> policies) {
        public CategoryGroup {
            policies = List.copyOf(policies);
        }
    }

    /** A policy with how the enterprise matches it, condition by condition. */
    public record Item(Policy policy, MatchResult match) {
    }
}

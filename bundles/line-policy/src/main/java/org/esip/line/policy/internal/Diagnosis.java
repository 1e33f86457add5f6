package org.esip.line.policy.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.esip.core.api.PageRequest;
import org.esip.line.policy.api.ApplicationService;
import org.esip.line.policy.api.DiagnosisReport;
import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyCategory;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyQuery;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.line.policy.api.Verdict;
import org.esip.registry.api.EnterpriseService;

/** Assembles an enterprise's diagnosis report from matching, the library and its applications. */
final class Diagnosis {
    static final int NEAR_MISSES = 10;
    static final int LATEST = 5;

    private Diagnosis() {
    }

    static DiagnosisReport of(long enterpriseId, EnterpriseService enterprises, PolicyService policies,
            PolicyMatching matching, ApplicationService applications, Clock clock) {
        var enterprise = enterprises.get(enterpriseId);
        Map<PolicyCategory, List<DiagnosisReport.Item>> byCategory = new EnumMap<>(PolicyCategory.class);
        List<DiagnosisReport.Item> unknown = new ArrayList<>();
        for (MatchResult m : matching.policiesFor(enterpriseId)) {
            Policy p = policies.get(m.policyId());
            if (m.verdict() == Verdict.ELIGIBLE) {
                byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(new DiagnosisReport.Item(p, m));
            } else {
                unknown.add(new DiagnosisReport.Item(p, m));
            }
        }
        List<DiagnosisReport.CategoryGroup> groups = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (var e : byCategory.entrySet()) {
            BigDecimal sum = e.getValue().stream().map(i -> i.policy().benefitWan()).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            total = total.add(sum);
            groups.add(new DiagnosisReport.CategoryGroup(e.getKey(), e.getKey().nameZh(), e.getKey().nameEn(), sum,
                    e.getValue()));
        }
        List<DiagnosisReport.Item> near = matching.nearMissesFor(enterpriseId, NEAR_MISSES).stream()
                .map(m -> new DiagnosisReport.Item(policies.get(m.policyId()), m)).toList();
        List<Policy> latest = policies.search(new PolicyQuery(null, null, null, null, PolicyStatus.PUBLISHED, null, null,
                null, null), new PageRequest(0, LATEST)).items();
        return new DiagnosisReport(enterprise, LocalDate.now(clock.withZone(PolicyServiceImpl.ZONE)), groups, total,
                unknown, near, applications.list(enterpriseId, null), latest, Instant.now(clock));
    }
}

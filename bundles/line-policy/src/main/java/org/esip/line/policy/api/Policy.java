package org.esip.line.policy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One policy of the library (clause 5.2.1.1).
 *
 * @param documentNumber  文号, e.g. 温政发〔2026〕12号
 * @param issuer          the issuing department
 * @param regionCode      where it applies (GB/T 2260 code; 33 for Zhejiang, 3303 for Wenzhou …)
 * @param interpretation  解读: what it means for an enterprise, in plain words
 * @param benefitWan      the largest amount an enterprise may receive, in 万元, when it is an amount
 * @param benefit         the benefit in words
 * @param materials       what an online application must include
 * @param handOffSystem   for HAND_OFF: the department system it is handled in (name or link)
 * @param eligibility     the conditions, in versions by effective date (申报条件); none: for every enterprise
 */
public record Policy(long id, String title, String documentNumber, String issuer, PolicyLevel level,
        String regionCode, PolicyCategory category, LocalDate publishedOn, LocalDate effectiveFrom,
        LocalDate expiresOn, PolicyStatus status, String summary, String interpretation, String originalUrl,
        BigDecimal benefitWan, String benefit, Set<String> tags, BenefitRoute handlingMode, List<String> materials,
        String handOffSystem, List<Eligibility> eligibility, String withdrawReason, Instant createdAt, long version) {
    public Policy {
        eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}

package org.esip.line.policy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What staff write to create or change a policy; validated by {@link PolicyService}. For a change,
 * {@code version} is the version it was made against.
 */
public record PolicyDraft(Long version, String title, String documentNumber, String issuer, PolicyLevel level,
        String regionCode, PolicyCategory category, LocalDate publishedOn, LocalDate effectiveFrom,
        LocalDate expiresOn, String summary, String interpretation, String originalUrl, BigDecimal benefitWan,
        String benefit, Set<String> tags, BenefitRoute handlingMode, List<String> materials, String handOffSystem,
        List<Eligibility> eligibility) {
}

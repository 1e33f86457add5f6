package org.esip.line.policy.api;

/**
 * One condition of a policy checked against one enterprise.
 *
 * @param code            which condition
 * @param verdict         met, not met, or unknown because the enterprise's record lacks the value
 * @param enterpriseValue the enterprise's value in a language-neutral form (e.g. {@code 45}, {@code 330302},
 *                        {@code HIGH_TECH, TECH_SME}); {@code null} when the record lacks it
 * @param required        what the rule asks, language-neutral (e.g. {@code ≥ 50}, {@code 3303, 3304})
 * @param explanationZh   the explanation for people, in Chinese (e.g. 从业人员 45 人，需 ≥ 50 人)
 * @param explanationEn   the same in English (e.g. 45 employees, at least 50 needed)
 */
public record ConditionResult(ConditionCode code, Verdict verdict, String enterpriseValue, String required,
        String explanationZh, String explanationEn) {
}

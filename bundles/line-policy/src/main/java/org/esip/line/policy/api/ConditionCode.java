package org.esip.line.policy.api;

/** The kinds of condition a policy may set, in the order a {@link MatchResult} lists them. */
public enum ConditionCode {
    /** 政策有效: a version of the conditions is in force on the evaluation date */
    IN_FORCE,
    /** 所属区划: region code (GB/T 2260) starts with one of the prefixes */
    REGION,
    /** 所属行业: industry code (GB/T 4754-2017) starts with one of the prefixes */
    INDUSTRY,
    /** 企业规模: one of the sizes */
    SIZE,
    /** 从业人员: employees within the range */
    EMPLOYEES,
    /** 营业收入: annual revenue (万元) within the range */
    ANNUAL_REVENUE,
    /** 成立年限: whole years since founding within the range */
    YEARS_SINCE_FOUNDING,
    /** 必备资质: every required qualification valid on the evaluation date */
    REQUIRED_QUALIFICATIONS,
    /** 排除资质: none of the excluded qualifications valid on the evaluation date */
    EXCLUDED_QUALIFICATIONS,
    /** 必备标签: every required tag */
    REQUIRED_TAGS,
    /** 排除标签: none of the excluded tags */
    EXCLUDED_TAGS
}

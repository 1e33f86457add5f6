package org.esip.line.policy.api;

/**
 * {@code DRAFT → PUBLISHED → EXPIRED | WITHDRAWN}; a published policy expires by itself the day after
 * its expiry date.
 */
public enum PolicyStatus {
    /** 草稿 */
    DRAFT,
    /** 已发布 */
    PUBLISHED,
    /** 已失效 */
    EXPIRED,
    /** 已撤回 */
    WITHDRAWN
}

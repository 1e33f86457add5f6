/**
 * The policy line (帮企云, clause 5.2.1): the policy library, applications, and the eligibility rules — the
 * structured conditions a policy sets on enterprises ({@link org.esip.line.policy.api.Eligibility}, versioned by
 * effective date in {@link org.esip.line.policy.api.PolicyEligibility}) and the explained outcome of one
 * enterprise against one policy ({@link org.esip.line.policy.api.MatchResult},
 * {@link org.esip.line.policy.api.ConditionResult}). Records, enums and service interfaces only.
 */
@Version("2.1.0")
package org.esip.line.policy.api;

import org.osgi.annotation.versioning.Version;

package org.esip.line.policy.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Two-way matching of enterprises and published policies (clause 5.2.1.2), explained condition by condition.
 * An unknown (the enterprise's record lacks a value a rule needs) is never a silent "no".
 */
@ProviderType
public interface PolicyMatching {

    /** Published policies the enterprise is eligible for, then those it may be (unknown), explained. */
    List<MatchResult> policiesFor(long enterpriseId);

    /** Published policies the enterprise misses by exactly one condition, with what would qualify it. */
    List<MatchResult> nearMissesFor(long enterpriseId, int limit);

    /** The enterprises a published policy reaches: eligible and unknown. */
    PolicyReach reachOf(long policyId);

    /** Enterprises that miss a published policy by exactly one condition. */
    List<MatchResult> nearMissEnterprisesFor(long policyId, int limit);

    /** One enterprise against one policy, condition by condition (drafts too). */
    MatchResult explain(long enterpriseId, long policyId);

    /** Who a policy reaches. */
    record PolicyReach(long policyId, List<Long> eligible, List<Long> unknown) {
        public PolicyReach {
            eligible = List.copyOf(eligible);
            unknown = List.copyOf(unknown);
        }
    }
}

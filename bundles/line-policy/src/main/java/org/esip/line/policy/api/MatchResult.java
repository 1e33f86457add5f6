package org.esip.line.policy.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One enterprise against one policy on one date, explained condition by condition.
 *
 * <p>The verdict is NOT_ELIGIBLE when any condition is not met; otherwise UNKNOWN when any condition is
 * unknown (an unknown is never a silent "no"); otherwise ELIGIBLE. A policy not in force on the date gives
 * NOT_ELIGIBLE with the single condition {@link ConditionCode#IN_FORCE}.
 *
 * @param enterpriseId          the enterprise
 * @param policyId              the policy
 * @param evaluatedOn           the date the conditions were evaluated on
 * @param versionEffectiveFrom  the {@code effectiveFrom} of the version of conditions used ({@code null} for
 *                              an "always" version or when none is in force)
 * @param verdict               overall outcome
 * @param conditions            every condition the policy sets, in {@link ConditionCode} order
 */
public record MatchResult(long enterpriseId, long policyId, LocalDate evaluatedOn, LocalDate versionEffectiveFrom,
        Verdict verdict, List<ConditionResult> conditions) {
    public MatchResult {
        conditions = List.copyOf(conditions);
    }

    /** The conditions not met: for a near miss, exactly what is missing and what would qualify. */
    public List<ConditionResult> failing() {
        return conditions.stream().filter(c -> c.verdict() == Verdict.NOT_ELIGIBLE).toList();
    }

    /** The conditions the enterprise's record cannot decide. */
    public List<ConditionResult> unknown() {
        return conditions.stream().filter(c -> c.verdict() == Verdict.UNKNOWN).toList();
    }

    /**
     * Whether this is a near miss: the policy is in force and exactly one of its conditions is not met
     * (others may be unknown).
     */
    public boolean nearMiss() {
        List<ConditionResult> failing = failing();
        return failing.size() == 1 && failing.get(0).code() != ConditionCode.IN_FORCE;
    }
}

package org.esip.line.policy.rules;

import java.util.Arrays;

import org.esip.line.policy.api.Verdict;

/**
 * The answer of a {@link MatchIndex} query: the ids (of enterprises or of policies) that are eligible and those
 * that are unknown (their record lacks a value a condition needs), each sorted ascending. Immutable.
 */
public final class MatchSet {
    static final MatchSet EMPTY = new MatchSet(new long[0], new long[0]);

    private final long[] eligible;
    private final long[] unknown;

    MatchSet(long[] eligible, long[] unknown) {
        this.eligible = eligible;
        this.unknown = unknown;
    }

    /** The eligible ids, ascending (a copy). */
    public long[] eligible() {
        return eligible.clone();
    }

    /** The ids whose eligibility is unknown, ascending (a copy). */
    public long[] unknown() {
        return unknown.clone();
    }

    public int eligibleCount() {
        return eligible.length;
    }

    public int unknownCount() {
        return unknown.length;
    }

    /** ELIGIBLE, UNKNOWN, or NOT_ELIGIBLE for an id in neither list. */
    public Verdict verdictOf(long id) {
        return Arrays.binarySearch(eligible, id) >= 0 ? Verdict.ELIGIBLE
                : Arrays.binarySearch(unknown, id) >= 0 ? Verdict.UNKNOWN : Verdict.NOT_ELIGIBLE;
    }

    /** The ids eligible here that were not eligible in {@code before}: whom to push a changed policy to. */
    public long[] newlyEligibleSince(MatchSet before) {
        return Arrays.stream(eligible).filter(id -> Arrays.binarySearch(before.eligible, id) < 0).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchSet m && Arrays.equals(eligible, m.eligible) && Arrays.equals(unknown, m.unknown);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(eligible) + Arrays.hashCode(unknown);
    }

    @Override
    public String toString() {
        return "MatchSet[eligible=" + eligible.length + ", unknown=" + unknown.length + "]";
    }
}

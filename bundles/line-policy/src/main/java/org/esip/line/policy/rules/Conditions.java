package org.esip.line.policy.rules;

import org.esip.line.policy.api.ConditionCode;
import org.esip.line.policy.api.Eligibility;
import org.esip.line.policy.api.Verdict;
import org.esip.registry.api.QualificationType;

/**
 * The one place each condition is decided. The explained evaluation and the index's exact check both call
 * this, so they cannot disagree.
 */
final class Conditions {
    /** The conditions a version of eligibility can set, in {@link ConditionCode} order. */
    static final ConditionCode[] CODES = {ConditionCode.REGION, ConditionCode.INDUSTRY, ConditionCode.SIZE,
        ConditionCode.EMPLOYEES, ConditionCode.ANNUAL_REVENUE, ConditionCode.YEARS_SINCE_FOUNDING,
        ConditionCode.REQUIRED_QUALIFICATIONS, ConditionCode.EXCLUDED_QUALIFICATIONS, ConditionCode.REQUIRED_TAGS,
        ConditionCode.EXCLUDED_TAGS};

    private Conditions() {
    }

    /** Whether {@code e} sets condition {@code code}. */
    static boolean sets(ConditionCode code, Eligibility e) {
        return switch (code) {
            case IN_FORCE -> false;
            case REGION -> !e.regionPrefixes().isEmpty();
            case INDUSTRY -> !e.industryPrefixes().isEmpty();
            case SIZE -> !e.sizes().isEmpty();
            case EMPLOYEES -> e.employees() != null;
            case ANNUAL_REVENUE -> e.annualRevenue() != null;
            case YEARS_SINCE_FOUNDING -> e.yearsSinceFounding() != null;
            case REQUIRED_QUALIFICATIONS -> !e.requiredQualifications().isEmpty();
            case EXCLUDED_QUALIFICATIONS -> !e.excludedQualifications().isEmpty();
            case REQUIRED_TAGS -> !e.requiredTags().isEmpty();
            case EXCLUDED_TAGS -> !e.excludedTags().isEmpty();
        };
    }

    /** The verdict of condition {@code code}, which {@code e} sets, for the enterprise {@code f}. */
    static Verdict check(ConditionCode code, Eligibility e, Facts f) {
        switch (code) {
            case REGION:
                return f.region == null ? Verdict.UNKNOWN : of(startsWithAny(f.region, e.regionPrefixes()));
            case INDUSTRY:
                return f.industry == null ? Verdict.UNKNOWN : of(startsWithAny(f.industry, e.industryPrefixes()));
            case SIZE:
                return f.size == null ? Verdict.UNKNOWN : of(e.sizes().contains(f.size));
            case EMPLOYEES:
                return f.employees == null ? Verdict.UNKNOWN : of(e.employees().contains(f.employees));
            case ANNUAL_REVENUE:
                return f.revenue == null ? Verdict.UNKNOWN : of(e.annualRevenue().contains(f.revenue));
            case YEARS_SINCE_FOUNDING:
                return f.years == null ? Verdict.UNKNOWN : of(e.yearsSinceFounding().contains(f.years));
            case REQUIRED_QUALIFICATIONS:
                for (QualificationType q : e.requiredQualifications()) {
                    if (!f.holds(q)) {
                        return Verdict.NOT_ELIGIBLE;
                    }
                }
                return Verdict.ELIGIBLE;
            case EXCLUDED_QUALIFICATIONS:
                for (QualificationType q : e.excludedQualifications()) {
                    if (f.holds(q)) {
                        return Verdict.NOT_ELIGIBLE;
                    }
                }
                return Verdict.ELIGIBLE;
            case REQUIRED_TAGS:
                return of(f.tags.containsAll(e.requiredTags()));
            case EXCLUDED_TAGS:
                for (String t : e.excludedTags()) {
                    if (f.tags.contains(t)) {
                        return Verdict.NOT_ELIGIBLE;
                    }
                }
                return Verdict.ELIGIBLE;
            default:
                throw new IllegalArgumentException(code.name());
        }
    }

    /**
     * Counts the conditions of {@code e} that {@code f} fails and those it leaves unknown, without explaining:
     * {@code failed * 32 + unknown}.
     */
    static int tally(Eligibility e, Facts f) {
        int failed = 0;
        int unknown = 0;
        for (ConditionCode code : CODES) {
            if (sets(code, e)) {
                Verdict v = check(code, e, f);
                if (v == Verdict.NOT_ELIGIBLE) {
                    failed++;
                } else if (v == Verdict.UNKNOWN) {
                    unknown++;
                }
            }
        }
        return failed * 32 + unknown;
    }

    static int failed(int tally) {
        return tally / 32;
    }

    /** The overall verdict of a tally: any failure is NOT_ELIGIBLE, else any unknown is UNKNOWN. */
    static Verdict verdict(int tally) {
        return tally >= 32 ? Verdict.NOT_ELIGIBLE : tally > 0 ? Verdict.UNKNOWN : Verdict.ELIGIBLE;
    }

    private static boolean startsWithAny(String code, Iterable<String> prefixes) {
        for (String p : prefixes) {
            if (code.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Verdict of(boolean met) {
        return met ? Verdict.ELIGIBLE : Verdict.NOT_ELIGIBLE;
    }
}

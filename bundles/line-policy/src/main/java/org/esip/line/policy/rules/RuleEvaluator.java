package org.esip.line.policy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

import org.esip.line.policy.api.ConditionCode;
import org.esip.line.policy.api.ConditionResult;
import org.esip.line.policy.api.DecimalRange;
import org.esip.line.policy.api.Eligibility;
import org.esip.line.policy.api.IntRange;
import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.PolicyEligibility;
import org.esip.line.policy.api.Verdict;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.QualificationType;

/**
 * Evaluates one enterprise against one policy on a date (clause 5.2.1.2), condition by condition, with an
 * explanation of each in Chinese and English. Stateless and thread-safe.
 *
 * <p>Rules: the version of conditions in force on the date is used; a condition whose enterprise value is not
 * recorded is UNKNOWN; holding a qualification means holding one of that type that is valid on the date (issued
 * by then, not run out before it); not holding a qualification or tag is a fact, never unknown. The record's
 * {@code expired} flag (computed against today) is not used: validity is judged on the evaluation date.
 */
public final class RuleEvaluator {

    /** The explained evaluation of {@code enterprise} against {@code policy} on {@code date}. */
    public MatchResult evaluate(Enterprise enterprise, PolicyEligibility policy, LocalDate date) {
        return evaluate(Facts.of(enterprise, date), policy, date);
    }

    /** The verdict alone, exactly as {@link #evaluate} gives it, without building explanations. */
    public Verdict verdict(Enterprise enterprise, PolicyEligibility policy, LocalDate date) {
        Eligibility e = policy.inForce(date);
        return e == null ? Verdict.NOT_ELIGIBLE : Conditions.verdict(Conditions.tally(e, Facts.of(enterprise, date)));
    }

    MatchResult evaluate(Facts f, PolicyEligibility policy, LocalDate date) {
        Facts facts = f.on(date);
        Eligibility e = policy.inForce(date);
        if (e == null) {
            LocalDate first = policy.firstEffective();
            ConditionResult notInForce = first == null
                    ? new ConditionResult(ConditionCode.IN_FORCE, Verdict.NOT_ELIGIBLE, date.toString(), null,
                            Texts.text(Texts.ZH, "in-force.none", date.toString()),
                            Texts.text(Texts.EN, "in-force.none", date.toString()))
                    : new ConditionResult(ConditionCode.IN_FORCE, Verdict.NOT_ELIGIBLE, date.toString(),
                            "≥ " + first, Texts.text(Texts.ZH, "in-force.NOT_ELIGIBLE", date.toString(),
                                    first.toString()),
                            Texts.text(Texts.EN, "in-force.NOT_ELIGIBLE", date.toString(), first.toString()));
            return new MatchResult(facts.id, policy.policyId(), date, null, Verdict.NOT_ELIGIBLE, List.of(notInForce));
        }
        List<ConditionResult> results = new ArrayList<>();
        boolean failed = false;
        boolean unknown = false;
        for (ConditionCode code : Conditions.CODES) {
            if (Conditions.sets(code, e)) {
                ConditionResult r = explain(code, e, facts);
                failed |= r.verdict() == Verdict.NOT_ELIGIBLE;
                unknown |= r.verdict() == Verdict.UNKNOWN;
                results.add(r);
            }
        }
        Verdict overall = failed ? Verdict.NOT_ELIGIBLE : unknown ? Verdict.UNKNOWN : Verdict.ELIGIBLE;
        return new MatchResult(facts.id, policy.policyId(), date, e.effectiveFrom(), overall, results);
    }

    private static ConditionResult explain(ConditionCode code, Eligibility e, Facts f) {
        Verdict v = Conditions.check(code, e, f);
        switch (code) {
            case REGION: {
                List<String> prefixes = sorted(e.regionPrefixes());
                return result(code, v, f.region, String.join(", ", prefixes), "region",
                        l -> new Object[] {f.region, Texts.list(l, prefixes)});
            }
            case INDUSTRY: {
                List<String> prefixes = sorted(e.industryPrefixes());
                return result(code, v, f.industry, String.join(", ", prefixes), "industry",
                        l -> new Object[] {f.industry, Texts.list(l, prefixes)});
            }
            case SIZE: {
                List<EnterpriseSize> sizes = new ArrayList<>(new TreeSet<>(e.sizes()));
                return result(code, v, f.size == null ? null : f.size.name(), names(sizes), "size",
                        l -> new Object[] {f.size == null ? null : Texts.text(l, "size." + f.size.name()),
                            Texts.list(l, sizes.stream().map(s -> Texts.text(l, "size." + s.name())).toList())});
            }
            case EMPLOYEES: {
                IntRange r = e.employees();
                return range(code, v, f.employees == null ? null : f.employees.toString(),
                        r.min() == null ? null : r.min().toString(), r.max() == null ? null : r.max().toString(),
                        "employees");
            }
            case ANNUAL_REVENUE: {
                DecimalRange r = e.annualRevenue();
                return range(code, v, plain(f.revenue), plain(r.min()), plain(r.max()), "revenue");
            }
            case YEARS_SINCE_FOUNDING: {
                IntRange r = e.yearsSinceFounding();
                return range(code, v, f.years == null ? null : f.years.toString(),
                        r.min() == null ? null : r.min().toString(), r.max() == null ? null : r.max().toString(),
                        "years");
            }
            case REQUIRED_QUALIFICATIONS: {
                List<QualificationType> asked = new ArrayList<>(new TreeSet<>(e.requiredQualifications()));
                List<QualificationType> missing = asked.stream().filter(q -> !f.holds(q)).toList();
                return result(code, v, heldNames(f), names(asked), "required-qualifications",
                        l -> new Object[] {null, qualifications(l, asked), qualifications(l, missing)});
            }
            case EXCLUDED_QUALIFICATIONS: {
                List<QualificationType> asked = new ArrayList<>(new TreeSet<>(e.excludedQualifications()));
                List<QualificationType> held = asked.stream().filter(f::holds).toList();
                return result(code, v, heldNames(f), "∉ " + names(asked), "excluded-qualifications",
                        l -> new Object[] {null, qualifications(l, asked), qualifications(l, held)});
            }
            case REQUIRED_TAGS: {
                List<String> asked = sorted(e.requiredTags());
                List<String> missing = asked.stream().filter(t -> !f.tags.contains(t)).toList();
                return result(code, v, String.join(", ", sorted(f.tags)), String.join(", ", asked),
                        "required-tags", l -> new Object[] {null, Texts.list(l, asked), Texts.list(l, missing)});
            }
            case EXCLUDED_TAGS: {
                List<String> asked = sorted(e.excludedTags());
                List<String> carried = asked.stream().filter(f.tags::contains).toList();
                return result(code, v, String.join(", ", sorted(f.tags)), "∉ " + String.join(", ", asked),
                        "excluded-tags", l -> new Object[] {null, Texts.list(l, asked), Texts.list(l, carried)});
            }
            default:
                throw new IllegalArgumentException(code.name());
        }
    }

    /** A range condition: the requirement reads "≥ 50", "≤ 300" or "50–300" (zh), "at least 50", … (en). */
    private static ConditionResult range(ConditionCode code, Verdict v, String value, String min, String max,
            String key) {
        String rangeKey = max == null ? "range.min" : min == null ? "range.max" : "range.between";
        Object[] bounds = max == null ? new Object[] {min} : min == null ? new Object[] {max} : new Object[] {min, max};
        return result(code, v, value, Texts.text(Texts.ZH, rangeKey, bounds), key,
                l -> new Object[] {value, Texts.text(l, rangeKey, bounds)});
    }

    private static ConditionResult result(ConditionCode code, Verdict v, String value, String required, String key,
            Function<Locale, Object[]> args) {
        String k = key + "." + v.name();
        return new ConditionResult(code, v, value, required, Texts.text(Texts.ZH, k, args.apply(Texts.ZH)),
                Texts.text(Texts.EN, k, args.apply(Texts.EN)));
    }

    private static String heldNames(Facts f) {
        List<String> held = new ArrayList<>();
        for (QualificationType q : QualificationType.values()) {
            if (f.holds(q)) {
                held.add(q.name());
            }
        }
        return String.join(", ", held);
    }

    private static String qualifications(Locale l, List<QualificationType> types) {
        return Texts.list(l, types.stream().map(q -> Texts.text(l, "qualification." + q.name())).toList());
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return String.join(", ", values.stream().map(Enum::name).toList());
    }

    private static List<String> sorted(Collection<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    private static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}

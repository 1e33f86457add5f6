package org.esip.line.policy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.QualificationType;

/**
 * The conditions a policy sets on the enterprises it is for (申报条件), in force from {@code effectiveFrom}.
 * Every part is optional: an empty set or an unbounded (or {@code null}) range sets no condition, and a policy
 * with no condition at all is for every enterprise. An enterprise is eligible when it meets every condition
 * that is set.
 *
 * @param effectiveFrom           first day these conditions are in force; {@code null} for "always"
 * @param regionPrefixes          GB/T 2260 code prefixes, any of which the enterprise's region starts with
 *                                ({@code 3303} is every 3303xx, {@code 330302} only 鹿城区)
 * @param industryPrefixes        GB/T 4754-2017 code prefixes, any of which the enterprise's industry starts
 *                                with ({@code C} manufacturing, {@code C38} electrical machinery, {@code C3823})
 * @param sizes                   sizes of which the enterprise's must be one
 * @param employees               从业人员 range, persons
 * @param annualRevenue           营业收入 range, 万元 (10 000 CNY)
 * @param yearsSinceFounding      range of whole years between founding and the evaluation date
 * @param requiredQualifications  qualifications the enterprise must all hold, valid on the evaluation date
 * @param excludedQualifications  qualifications the enterprise must hold none of, valid on the evaluation date
 * @param requiredTags            tags the enterprise must all carry
 * @param excludedTags            tags the enterprise must carry none of
 */
public record Eligibility(LocalDate effectiveFrom, Set<String> regionPrefixes, Set<String> industryPrefixes,
        Set<EnterpriseSize> sizes, IntRange employees, DecimalRange annualRevenue, IntRange yearsSinceFounding,
        Set<QualificationType> requiredQualifications, Set<QualificationType> excludedQualifications,
        Set<String> requiredTags, Set<String> excludedTags) {

    private static final Pattern REGION_PREFIX = Pattern.compile("[0-9]{1,6}");
    private static final Pattern INDUSTRY_PREFIX = Pattern.compile("[A-T][0-9]{0,4}");

    public Eligibility {
        regionPrefixes = codes(regionPrefixes, REGION_PREFIX, "region prefix");
        industryPrefixes = codes(industryPrefixes, INDUSTRY_PREFIX, "industry prefix");
        sizes = sizes == null || sizes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sizes));
        employees = employees == null || employees.unbounded() ? null : employees;
        annualRevenue = annualRevenue == null || annualRevenue.unbounded() ? null : annualRevenue;
        yearsSinceFounding = yearsSinceFounding == null || yearsSinceFounding.unbounded() ? null : yearsSinceFounding;
        requiredQualifications = requiredQualifications == null ? Set.of() : Set.copyOf(requiredQualifications);
        excludedQualifications = excludedQualifications == null ? Set.of() : Set.copyOf(excludedQualifications);
        requiredTags = tags(requiredTags);
        excludedTags = tags(excludedTags);
        for (QualificationType q : requiredQualifications) {
            if (excludedQualifications.contains(q)) {
                throw new IllegalArgumentException("qualification " + q + " is both required and excluded");
            }
        }
        for (String t : requiredTags) {
            if (excludedTags.contains(t)) {
                throw new IllegalArgumentException("tag " + t + " is both required and excluded");
            }
        }
    }

    /** Conditions in force from {@code effectiveFrom} that every enterprise meets; add conditions with the withers. */
    public static Eligibility any(LocalDate effectiveFrom) {
        return new Eligibility(effectiveFrom, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether no condition is set. */
    public boolean unconditional() {
        return regionPrefixes.isEmpty() && industryPrefixes.isEmpty() && sizes.isEmpty() && employees == null
                && annualRevenue == null && yearsSinceFounding == null && requiredQualifications.isEmpty()
                && excludedQualifications.isEmpty() && requiredTags.isEmpty() && excludedTags.isEmpty();
    }

    public Eligibility withRegions(String... prefixes) {
        return new Eligibility(effectiveFrom, setOf(prefixes), industryPrefixes, sizes, employees, annualRevenue,
                yearsSinceFounding, requiredQualifications, excludedQualifications, requiredTags, excludedTags);
    }

    public Eligibility withIndustries(String... prefixes) {
        return new Eligibility(effectiveFrom, regionPrefixes, setOf(prefixes), sizes, employees, annualRevenue,
                yearsSinceFounding, requiredQualifications, excludedQualifications, requiredTags, excludedTags);
    }

    public Eligibility withSizes(EnterpriseSize... allowed) {
        return new Eligibility(effectiveFrom, regionPrefixes, industryPrefixes, setOf(allowed), employees,
                annualRevenue, yearsSinceFounding, requiredQualifications, excludedQualifications, requiredTags,
                excludedTags);
    }

    public Eligibility withEmployees(Integer min, Integer max) {
        return new Eligibility(effectiveFrom, regionPrefixes, industryPrefixes, sizes, new IntRange(min, max),
                annualRevenue, yearsSinceFounding, requiredQualifications, excludedQualifications, requiredTags,
                excludedTags);
    }

    public Eligibility withAnnualRevenue(BigDecimal min, BigDecimal max) {
        return new Eligibility(effectiveFrom, regionPrefixes, industryPrefixes, sizes, employees,
                new DecimalRange(min, max), yearsSinceFounding, requiredQualifications, excludedQualifications,
                requiredTags, excludedTags);
    }

    public Eligibility withYearsSinceFounding(Integer min, Integer max) {
        return new Eligibility(effectiveFrom, regionPrefixes, industryPrefixes, sizes, employees, annualRevenue,
                new IntRange(min, max), requiredQualifications, excludedQualifications, requiredTags, excludedTags);
    }

    public Eligibility withRequiredQualifications(QualificationType... types) {
        return new Eligibility(effectiveFrom, regionPrefixes, industryPrefixes, sizes, employees, annualRevenue,
                yearsSinceFounding, setOf(types), excludedQualifications, requiredTags, excludedTags);
    }

    public Eligibility withExcludedQualifications(QualificationType... types) {
        return new Eligibility(effectiveFrom, regionPrefixes, industryPrefixes, sizes, employees, annualRevenue,
                yearsSinceFounding, requiredQualifications, setOf(types), requiredTags, excludedTags);
    }

    public Eligibility withRequiredTags(String... tags) {
        return new Eligibility(effectiveFrom, regionPrefixes, industryPrefixes, sizes, employees, annualRevenue,
                yearsSinceFounding, requiredQualifications, excludedQualifications, setOf(tags), excludedTags);
    }

    public Eligibility withExcludedTags(String... tags) {
        return new Eligibility(effectiveFrom, regionPrefixes, industryPrefixes, sizes, employees, annualRevenue,
                yearsSinceFounding, requiredQualifications, excludedQualifications, requiredTags, setOf(tags));
    }

    @SafeVarargs
    private static <T> Set<T> setOf(T... values) {
        return new LinkedHashSet<>(Arrays.asList(values)); // duplicates allowed, unlike Set.of
    }

    private static Set<String> codes(Collection<String> values, Pattern pattern, String what) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String code = v == null ? "" : v.strip().toUpperCase(Locale.ROOT);
            if (!pattern.matcher(code).matches()) {
                throw new IllegalArgumentException("bad " + what + ": " + v);
            }
            out.add(code);
        }
        return Set.copyOf(out);
    }

    private static Set<String> tags(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        String[] stripped = values.stream().map(v -> v == null ? "" : v.strip()).toArray(String[]::new);
        if (Arrays.stream(stripped).anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("blank tag");
        }
        return Set.copyOf(new LinkedHashSet<>(Arrays.asList(stripped)));
    }
}

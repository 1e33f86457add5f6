package org.esip.line.policy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.esip.line.policy.api.Eligibility;
import org.esip.line.policy.api.PolicyEligibility;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.QualificationType;

/**
 * Realistic generated data for the property test and the benchmark: Wenzhou enterprises (the twelve county-level
 * divisions 3303xx and a few from elsewhere in Zhejiang, the industries each place is known for, tags,
 * qualifications with validity) and policies with 0–3 versions of random conditions. Some values are missing, so
 * UNKNOWN occurs; boundaries fall inside and on the index's buckets. Deterministic for a seed.
 */
public final class Generated {
    static final String[] REGIONS = {"330302", "330303", "330304", "330305", "330324", "330326", "330327", "330328",
        "330329", "330381", "330382", "330383"};
    static final String[] OTHER_REGIONS = {"330106", "330212", "330402", "331002"};
    static final String[] INDUSTRIES = {"C3823", "C3824", "C3812", "C3443", "C3441", "C3670", "C3660", "C1952",
        "C1954", "C3587", "C2319", "C2231", "C2927", "C3311", "I6513", "I6520", "F5176", "L7212", "M7320", "E4851"};
    static final String[] INDUSTRY_PREFIXES = {"C", "C38", "C382", "C3823", "C34", "C344", "C36", "C19", "C3587",
        "C23", "C22", "I", "I65", "F", "M73", "C33"};
    static final String[] TAGS = {"智能电气", "泵阀", "汽摩配", "鞋革", "眼镜", "印刷包装", "数字经济", "出口", "上市后备",
        "亩均A类", "绿色工厂", "新材料", "研发投入", "未来工厂", "小升规", "专利示范", "失信", "外贸转内销"};
    static final int[] EMPLOYEE_THRESHOLDS = {5, 10, 20, 45, 50, 99, 100, 137, 200, 299, 300, 500, 1000};
    static final String[] REVENUE_THRESHOLDS = {"50", "100", "300", "499.99", "500", "1234.56", "2000", "5000",
        "10000", "20000", "40000", "80000"};

    private final Random random;
    private final LocalDate date;

    public Generated(long seed, LocalDate date) {
        this.random = new Random(seed);
        this.date = date;
    }

    public List<Enterprise> enterprises(long firstId, int count) {
        List<Enterprise> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(enterprise(firstId + i));
        }
        return out;
    }

    public Enterprise enterprise(long id) {
        TestEnterprise e = TestEnterprise.enterprise(id);
        e.region(chance(0.03) ? null : chance(0.05) ? pick(OTHER_REGIONS) : pick(REGIONS));
        e.industry(chance(0.05) ? null : pick(INDUSTRIES));
        e.size(chance(0.1) ? null : pick(EnterpriseSize.values()));
        e.employees(chance(0.1) ? null : (int) Math.min(20000, Math.round(Math.exp(random.nextDouble() * 8))));
        e.revenue(chance(0.15) ? null
                : BigDecimal.valueOf(Math.round(Math.exp(random.nextDouble() * 12) * 100) - 100, 2));
        e.foundedOn(chance(0.08) ? null : date.minusDays(random.nextInt(40 * 366)));
        for (QualificationType q : QualificationType.values()) {
            if (chance(0.08)) {
                LocalDate issued = chance(0.2) ? null : date.minusDays(random.nextInt(5 * 366) - 200);
                LocalDate until = chance(0.3) ? null : date.plusDays(random.nextInt(4 * 366) - 2 * 366);
                if (issued != null && until != null && until.isBefore(issued)) {
                    until = issued.plusYears(3);
                }
                e.qualification(q, issued, until);
            }
        }
        Set<String> tags = new HashSet<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            tags.add(pick(TAGS));
        }
        e.tags(tags.toArray(String[]::new));
        return e.build();
    }

    public List<PolicyEligibility> policies(long firstId, int count) {
        List<PolicyEligibility> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(policy(firstId + i));
        }
        return out;
    }

    public PolicyEligibility policy(long id) {
        int versions = chance(0.05) ? 0 : 1 + random.nextInt(chance(0.7) ? 1 : 3);
        Set<LocalDate> dates = new LinkedHashSet<>();
        List<Eligibility> out = new ArrayList<>();
        for (int i = 0; i < versions; i++) {
            LocalDate from = chance(0.1) ? null : date.plusDays(random.nextInt(3 * 366) - 2 * 366);
            if (dates.add(from)) {
                out.add(eligibility(from));
            }
        }
        return new PolicyEligibility(id, out);
    }

    private Eligibility eligibility(LocalDate from) {
        Eligibility e = Eligibility.any(from);
        if (chance(0.5)) {
            e = e.withRegions(chance(0.4) ? new String[] {"3303"}
                    : chance(0.5) ? new String[] {pick(REGIONS)} : new String[] {pick(REGIONS), pick(REGIONS)});
        }
        if (chance(0.3)) {
            e = e.withIndustries(chance(0.7) ? new String[] {pick(INDUSTRY_PREFIXES)}
                    : new String[] {pick(INDUSTRY_PREFIXES), pick(INDUSTRY_PREFIXES)});
        }
        if (chance(0.3)) {
            Set<EnterpriseSize> sizes = new HashSet<>();
            sizes.add(pick(EnterpriseSize.values()));
            sizes.add(pick(EnterpriseSize.values()));
            e = e.withSizes(sizes.toArray(EnterpriseSize[]::new));
        }
        if (chance(0.3)) {
            int a = pick(EMPLOYEE_THRESHOLDS);
            int b = pick(EMPLOYEE_THRESHOLDS);
            e = chance(0.4) ? e.withEmployees(Math.min(a, b), Math.max(a, b))
                    : chance(0.5) ? e.withEmployees(a, null) : e.withEmployees(null, a);
        }
        if (chance(0.3)) {
            BigDecimal a = new BigDecimal(pick(REVENUE_THRESHOLDS));
            BigDecimal b = new BigDecimal(pick(REVENUE_THRESHOLDS));
            e = chance(0.4) ? e.withAnnualRevenue(a.min(b), a.max(b))
                    : chance(0.5) ? e.withAnnualRevenue(a, null) : e.withAnnualRevenue(null, a);
        }
        if (chance(0.2)) {
            int a = random.nextInt(12);
            e = chance(0.5) ? e.withYearsSinceFounding(a, null) : e.withYearsSinceFounding(null, a);
        }
        QualificationType required = null;
        if (chance(0.2)) {
            required = pick(QualificationType.values());
            e = e.withRequiredQualifications(required);
        }
        if (chance(0.1)) {
            QualificationType excluded = pick(QualificationType.values());
            if (excluded != required) {
                e = e.withExcludedQualifications(excluded);
            }
        }
        String requiredTag = null;
        if (chance(0.25)) {
            requiredTag = pick(TAGS);
            e = chance(0.3) ? e.withRequiredTags(requiredTag, pick(TAGS)) : e.withRequiredTags(requiredTag);
        }
        if (chance(0.15)) {
            String excluded = pick(TAGS);
            if (!e.requiredTags().contains(excluded)) {
                e = e.withExcludedTags(excluded);
            }
        }
        return e;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A random index into a list of {@code n}. */
    public int nextInt(int n) {
        return random.nextInt(n);
    }
}

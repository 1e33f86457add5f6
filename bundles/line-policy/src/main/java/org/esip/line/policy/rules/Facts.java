package org.esip.line.policy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseAttributes;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;

/**
 * What the rules read of one enterprise, on one evaluation date: the attributes, the whole years since founding
 * and the qualifications valid on that date. Missing values are {@code null} (the rules answer UNKNOWN).
 */
final class Facts {
    final long id;
    final String region;
    final String industry;
    final EnterpriseSize size;
    final Integer employees;
    final BigDecimal revenue;
    final LocalDate foundedOn;
    final List<Qualification> qualifications;
    final Set<String> tags;
    final LocalDate date;
    /** whole years since founding on {@link #date}, {@code null} when the founding date is not recorded */
    final Integer years;
    /** bit {@code ordinal} set for each qualification type valid on {@link #date} */
    final long validQualifications;

    private Facts(long id, String region, String industry, EnterpriseSize size, Integer employees,
            BigDecimal revenue, LocalDate foundedOn, List<Qualification> qualifications, Set<String> tags,
            LocalDate date) {
        this.id = id;
        this.region = region;
        this.industry = industry;
        this.size = size;
        this.employees = employees;
        this.revenue = revenue;
        this.foundedOn = foundedOn;
        this.qualifications = qualifications;
        this.tags = tags;
        this.date = date;
        this.years = foundedOn == null ? null : Period.between(foundedOn, date).getYears();
        long mask = 0;
        for (Qualification q : qualifications) {
            if (q != null && q.type() != null && validOn(q, date)) {
                mask |= 1L << q.type().ordinal();
            }
        }
        this.validQualifications = mask;
    }

    static Facts of(Enterprise e, LocalDate date) {
        return new Facts(e.id(), blankToNull(e.regionCode(), false), blankToNull(e.industryCode(), true), e.size(),
                e.employees(), e.annualRevenue(), e.foundedOn(), e.qualifications(), e.tags(), date);
    }

    /** From the attributes alone: the same facts as {@link #of(Enterprise, LocalDate)} of the whole record. */
    static Facts of(EnterpriseAttributes e, LocalDate date) {
        return new Facts(e.id(), blankToNull(e.regionCode(), false), blankToNull(e.industryCode(), true), e.size(),
                e.employees(), e.annualRevenue(), e.foundedOn(), e.qualifications(), e.tags(), date);
    }

    /** The same enterprise on another date. */
    Facts on(LocalDate other) {
        return other.equals(date) ? this
                : new Facts(id, region, industry, size, employees, revenue, foundedOn, qualifications, tags, other);
    }

    boolean holds(QualificationType type) {
        return (validQualifications & (1L << type.ordinal())) != 0;
    }

    /** A qualification counts on {@code date} when it was issued by then and has not run out before it. */
    static boolean validOn(Qualification q, LocalDate date) {
        return (q.issuedOn() == null || !q.issuedOn().isAfter(date))
                && (q.validUntil() == null || !q.validUntil().isBefore(date));
    }

    private static String blankToNull(String code, boolean upper) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String s = code.strip();
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }
}

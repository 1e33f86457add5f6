package org.esip.line.policy.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A policy's conditions over time: each version is in force from its {@code effectiveFrom} until the next
 * version's. Before the first version the policy is not in force (nobody is eligible).
 *
 * @param policyId the policy's identifier
 * @param versions its versions of conditions, in any order (kept sorted by {@code effectiveFrom}); at most one
 *                 may have no {@code effectiveFrom} ("always"), and no two the same date
 */
public record PolicyEligibility(long policyId, List<Eligibility> versions) {
    private static final Comparator<Eligibility> BY_DATE = Comparator.comparing(Eligibility::effectiveFrom,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    public PolicyEligibility {
        List<Eligibility> sorted = new ArrayList<>(versions == null ? List.of() : versions);
        sorted.sort(BY_DATE);
        for (int i = 1; i < sorted.size(); i++) {
            if (BY_DATE.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                throw new IllegalArgumentException("policy " + policyId + " has two versions effective from "
                        + sorted.get(i).effectiveFrom());
            }
        }
        versions = List.copyOf(sorted);
    }

    /** A policy with one version of conditions. */
    public static PolicyEligibility of(long policyId, Eligibility... versions) {
        return new PolicyEligibility(policyId, List.of(versions));
    }

    /** The version in force on {@code date}, or {@code null} when none is (before the first version). */
    public Eligibility inForce(LocalDate date) {
        Eligibility current = null;
        for (Eligibility e : versions) {
            if (e.effectiveFrom() == null || !e.effectiveFrom().isAfter(date)) {
                current = e;
            } else {
                break;
            }
        }
        return current;
    }

    /** The first day a version is in force, {@code null} when there is a version for "always" or none at all. */
    public LocalDate firstEffective() {
        return versions.isEmpty() ? null : versions.get(0).effectiveFrom();
    }
}

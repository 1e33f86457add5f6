package org.esip.line.policy.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.esip.line.policy.api.PolicyEligibility;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseAttributes;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;
import org.junit.Test;

/**
 * The index built from the enterprises' attributes alone (what the line now reads: {@code
 * EnterpriseService.attributesAfter}, columns only) answers exactly what the index built from the whole records
 * answered, in both directions and for near misses, over a varied set: generated Wenzhou data (tags, qualifications
 * with and without dates, valid, run out and not yet begun, every field sometimes missing) and hand-made edge cases.
 */
public class MatchIndexFromAttributesTest {
    private static final LocalDate ON = LocalDate.of(2026, 6, 30);

    /** What the registry's projection gives for a record: no certificate number, {@code expired} against today. */
    static EnterpriseAttributes attributesOf(Enterprise e, LocalDate today) {
        List<Qualification> qualifications = e.qualifications().stream()
                .map(q -> new Qualification(q.type(), null, q.issuedOn(), q.validUntil(),
                        q.validUntil() != null && q.validUntil().isBefore(today)))
                .toList();
        return new EnterpriseAttributes(e.id(), e.regionCode(), e.industryCode(), e.size(), e.employees(),
                e.annualRevenue(), e.foundedOn(), qualifications, e.tags());
    }

    private static List<Enterprise> edgeCases() {
        List<Enterprise> out = new ArrayList<>();
        out.add(TestEnterprise.enterprise(90_001).region(null).industry(null).size(null).employees(null)
                .revenue((String) null).foundedOn(null).build()); // nothing recorded
        out.add(TestEnterprise.enterprise(90_002).region("  ").industry(" ").build()); // blank codes
        out.add(TestEnterprise.enterprise(90_003).region(" 330302 ").industry(" c3823 ").build()); // untrimmed, lower case
        out.add(TestEnterprise.enterprise(90_004).tags("智能电气", "出口", "上市后备", "数字经济")
                .qualification(QualificationType.HIGH_TECH, null, null)
                .qualification(QualificationType.TECH_SME, ON.minusYears(2), ON.minusDays(1)) // run out
                .qualification(QualificationType.INNOVATIVE_SME, ON.plusDays(1), null) // not yet begun
                .qualification(QualificationType.SRDI_CITY, ON, ON) // valid on the day only
                .build());
        out.add(TestEnterprise.enterprise(90_005).size(EnterpriseSize.MICRO).employees(0).revenue("0")
                .foundedOn(ON).tags("眼镜").build());
        out.add(TestEnterprise.enterprise(90_006).qualification(QualificationType.HIGH_TECH, ON.minusYears(5),
                ON.minusYears(2)).qualification(QualificationType.HIGH_TECH, ON.minusYears(1), ON.plusYears(2))
                .build()); // the same type twice, one run out
        return out;
    }

    @Test
    public void theIndexFromAttributesMatchesTheSameEnterprisesAsFromWholeRecords_5_2_1_2() {
        Generated g = new Generated(20261204L, ON);
        Map<Long, Enterprise> records = new TreeMap<>();
        g.enterprises(1, 1_500).forEach(e -> records.put(e.id(), e));
        edgeCases().forEach(e -> records.put(e.id(), e));
        List<PolicyEligibility> policies = g.policies(1, 200);
        List<EnterpriseAttributes> attributes = records.values().stream().map(e -> attributesOf(e, ON)).toList();

        MatchIndex fromRecords = MatchIndex.build(records.values(), policies, ON);
        MatchIndex fromAttributes = MatchIndex.buildFromAttributes(attributes, policies, ON);

        assertEquals(fromRecords.enterpriseCount(), fromAttributes.enterpriseCount());
        assertEquals(fromRecords.policyCount(), fromAttributes.policyCount());
        int eligible = assertSameAnswers(fromRecords, fromAttributes, records.keySet(), policies);
        assertTrue("the data exercise matches: " + eligible, eligible > 1_000);

        // The same after taking in changed and new enterprises one at a time, as a catch-up does.
        List<Enterprise> changed = new ArrayList<>(g.enterprises(1, 100)); // ids 1-100 re-drawn
        changed.addAll(g.enterprises(50_001, 50));
        for (Enterprise e : changed) {
            records.put(e.id(), e);
            fromRecords.putEnterprise(e);
            fromAttributes.putEnterprise(attributesOf(e, ON));
        }
        assertEquals(records.size(), fromAttributes.enterpriseCount());
        assertSameAnswers(fromRecords, fromAttributes, records.keySet(), policies);

        // And on another date (founding years, qualifications valid and versions in force re-decided).
        fromRecords.rebase(ON.plusMonths(7));
        fromAttributes.rebase(ON.plusMonths(7));
        assertSameAnswers(fromRecords, fromAttributes, records.keySet(), policies);
    }

    @Test
    public void edgeCasesAreIndexedAsTheirRecordsAre() {
        List<Enterprise> records = edgeCases();
        List<PolicyEligibility> policies = new Generated(7L, ON).policies(1, 300);
        MatchIndex fromRecords = MatchIndex.build(records, policies, ON);
        MatchIndex fromAttributes = MatchIndex.buildFromAttributes(
                records.stream().map(e -> attributesOf(e, ON)).toList(), policies, ON);
        assertSameAnswers(fromRecords, fromAttributes, records.stream().map(Enterprise::id).toList(), policies);
        // The facts themselves: codes normalised alike, the same qualifications valid on the date.
        for (Enterprise e : records) {
            Facts a = Facts.of(e, ON);
            Facts b = Facts.of(attributesOf(e, ON), ON);
            assertEquals(a.region, b.region);
            assertEquals(a.industry, b.industry);
            assertEquals(a.size, b.size);
            assertEquals(a.employees, b.employees);
            assertEquals(a.revenue, b.revenue);
            assertEquals(a.years, b.years);
            assertEquals(a.tags, b.tags);
            assertEquals(e.id() + " qualifications valid", a.validQualifications, b.validQualifications);
        }
        assertEquals("C3823", Facts.of(attributesOf(records.get(2), ON), ON).industry);
        assertEquals(1L << QualificationType.HIGH_TECH.ordinal() | 1L << QualificationType.SRDI_CITY.ordinal(),
                Facts.of(attributesOf(records.get(3), ON), ON).validQualifications);
    }

    /** Every policy's enterprises, every enterprise's policies and near misses both ways are the same. */
    private static int assertSameAnswers(MatchIndex expected, MatchIndex actual, Collection<Long> enterpriseIds,
            List<PolicyEligibility> policies) {
        int eligible = 0;
        for (PolicyEligibility p : policies) {
            MatchSet set = expected.enterprisesFor(p.policyId());
            assertEquals("enterprises for policy " + p.policyId(), set, actual.enterprisesFor(p.policyId()));
            eligible += set.eligibleCount();
            assertEquals("near misses of policy " + p.policyId(), expected.nearMissEnterprisesFor(p.policyId(), 20),
                    actual.nearMissEnterprisesFor(p.policyId(), 20));
        }
        for (long id : enterpriseIds) {
            assertEquals("policies for enterprise " + id, expected.policiesFor(id), actual.policiesFor(id));
            assertEquals("near misses of enterprise " + id, expected.nearMissPoliciesFor(id, 10),
                    actual.nearMissPoliciesFor(id, 10));
        }
        return eligible;
    }
}

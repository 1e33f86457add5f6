package org.esip.line.policy.rules;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.PolicyEligibility;
import org.esip.line.policy.api.Verdict;
import org.esip.registry.api.Enterprise;
import org.junit.Test;

/**
 * Property: on generated Wenzhou data the index answers exactly what a plain evaluation of every pair gives, in
 * both directions, near misses included; also after incremental changes and after moving to another date
 * (clause 5.2.1.2).
 */
public class MatchIndexAgreementTest {
    private static final LocalDate ON = LocalDate.of(2026, 6, 30);
    // 800 × 150 pairs, three full comparisons: every outcome occurs thousands of times (asserted below), which
    // proves agreement as well as 3000 × 300 did, in a tenth of the time (that run took ~150 s).
    private static final int ENTERPRISES = 800;
    private static final int POLICIES = 150;

    private final RuleEvaluator evaluator = new RuleEvaluator();

    @Test
    public void theIndexAgreesWithEveryPairBothWaysAlsoAfterChanges_5_2_1_2() {
        Generated g = new Generated(20260630L, ON);
        Map<Long, Enterprise> enterprises = new TreeMap<>();
        g.enterprises(1, ENTERPRISES).forEach(e -> enterprises.put(e.id(), e));
        Map<Long, PolicyEligibility> policies = new TreeMap<>();
        g.policies(1, POLICIES).forEach(p -> policies.put(p.policyId(), p));
        MatchIndex index = MatchIndex.build(enterprises.values(), policies.values(), ON);
        assertEquals(ENTERPRISES, index.enterpriseCount());
        assertEquals(POLICIES, index.policyCount());
        Totals first = assertAgrees(index, enterprises, policies, ON, true);
        int pairs = ENTERPRISES * POLICIES;
        assertTrue("the data exercise every outcome: " + first, first.eligible > pairs / 100 && first.unknown > pairs / 100
                && first.nearMisses > pairs / 100 && first.notInForce > 2);

        // enterprises: updated, removed, added, retired
        List<Long> ids = new ArrayList<>(enterprises.keySet());
        for (int i = 0; i < 80; i++) {
            long id = ids.get(g.nextInt(ids.size()));
            Enterprise changed = g.enterprise(id);
            enterprises.put(id, changed);
            index.putEnterprise(changed);
        }
        for (int i = 0; i < 40; i++) {
            long id = ids.get(g.nextInt(ids.size()));
            assertEquals(enterprises.remove(id) != null, index.removeEnterprise(id));
        }
        for (Enterprise e : g.enterprises(10_001, 50)) {
            enterprises.put(e.id(), e);
            index.putEnterprise(e);
        }
        for (long id : new long[] {10_001, 10_002, ids.get(7)}) {
            enterprises.remove(id);
            index.putEnterprise(TestEnterprise.enterprise(id).retired().build());
        }
        // policies: changed (re-running their matching), removed, added
        List<Long> policyIds = new ArrayList<>(policies.keySet());
        for (int i = 0; i < 15; i++) {
            long id = policyIds.get(g.nextInt(policyIds.size()));
            PolicyEligibility changed = g.policy(id);
            policies.put(id, changed);
            MatchSet rerun = index.putPolicy(changed);
            assertEquals("policy " + id + " re-matched", expectedFor(changed, enterprises, ON), rerun);
        }
        for (int i = 0; i < 8; i++) {
            long id = policyIds.get(g.nextInt(policyIds.size()));
            assertEquals(policies.remove(id) != null, index.removePolicy(id));
        }
        for (PolicyEligibility p : g.policies(1_001, 10)) {
            policies.put(p.policyId(), p);
            assertEquals(expectedFor(p, enterprises, ON), index.putPolicy(p));
        }
        assertEquals(enterprises.size(), index.enterpriseCount());
        assertEquals(policies.size(), index.policyCount());
        assertAgrees(index, enterprises, policies, ON, false);

        // a later date: other versions in force, other founding years, qualifications expired
        LocalDate later = ON.plusDays(400);
        index.rebase(later);
        assertEquals(later, index.date());
        assertAgrees(index, enterprises, policies, later, false);
    }

    private MatchSet expectedFor(PolicyEligibility p, Map<Long, Enterprise> enterprises, LocalDate date) {
        List<Long> eligible = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (Enterprise e : enterprises.values()) {
            Verdict v = evaluator.verdict(e, p, date);
            (v == Verdict.ELIGIBLE ? eligible : v == Verdict.UNKNOWN ? unknown : new ArrayList<Long>()).add(e.id());
        }
        return new MatchSet(longs(eligible), longs(unknown));
    }

    record Totals(int eligible, int unknown, int nearMisses, int notInForce) {
    }

    private Totals assertAgrees(MatchIndex index, Map<Long, Enterprise> enterprises,
            Map<Long, PolicyEligibility> policies, LocalDate date, boolean explained) {
        Map<Long, Lists> byPolicy = new HashMap<>();
        Map<Long, Lists> byEnterprise = new HashMap<>();
        int eligible = 0;
        int unknown = 0;
        int near = 0;
        int notInForce = 0;
        for (PolicyEligibility p : policies.values()) {
            if (p.inForce(date) == null) {
                notInForce++;
            }
        }
        for (Enterprise e : enterprises.values()) {
            for (PolicyEligibility p : policies.values()) {
                // the explained evaluation, or (to keep the test quick after the first round) its verdict and
                // count of failed conditions, which RuleEvaluatorTest shows agree with it
                Verdict verdict;
                boolean nearMiss;
                if (explained) {
                    MatchResult r = evaluator.evaluate(e, p, date);
                    verdict = r.verdict();
                    nearMiss = r.nearMiss();
                } else {
                    verdict = evaluator.verdict(e, p, date);
                    nearMiss = p.inForce(date) != null
                            && Conditions.failed(Conditions.tally(p.inForce(date), Facts.of(e, date))) == 1;
                }
                Lists forPolicy = byPolicy.computeIfAbsent(p.policyId(), k -> new Lists());
                Lists forEnterprise = byEnterprise.computeIfAbsent(e.id(), k -> new Lists());
                if (verdict == Verdict.ELIGIBLE) {
                    forPolicy.eligible.add(e.id());
                    forEnterprise.eligible.add(p.policyId());
                    eligible++;
                } else if (verdict == Verdict.UNKNOWN) {
                    forPolicy.unknown.add(e.id());
                    forEnterprise.unknown.add(p.policyId());
                    unknown++;
                } else if (nearMiss) {
                    forPolicy.near.add(e.id());
                    forEnterprise.near.add(p.policyId());
                    near++;
                }
            }
        }
        for (PolicyEligibility p : policies.values()) {
            Lists expected = byPolicy.getOrDefault(p.policyId(), new Lists());
            MatchSet actual = index.enterprisesFor(p.policyId());
            assertArrayEquals("eligible for policy " + p.policyId(), longs(expected.eligible), actual.eligible());
            assertArrayEquals("unknown for policy " + p.policyId(), longs(expected.unknown), actual.unknown());
            List<MatchResult> nearMisses = index.nearMissEnterprisesFor(p.policyId(), Integer.MAX_VALUE);
            assertArrayEquals("near misses of policy " + p.policyId(), longs(expected.near),
                    nearMisses.stream().mapToLong(MatchResult::enterpriseId).toArray());
            for (MatchResult r : nearMisses) {
                assertTrue(r.nearMiss());
                assertEquals(date, r.evaluatedOn());
            }
        }
        for (Enterprise e : enterprises.values()) {
            Lists expected = byEnterprise.getOrDefault(e.id(), new Lists());
            MatchSet actual = index.policiesFor(e.id());
            assertArrayEquals("policies for enterprise " + e.id(), longs(expected.eligible), actual.eligible());
            assertArrayEquals("unknown policies for enterprise " + e.id(), longs(expected.unknown), actual.unknown());
            assertArrayEquals("near-miss policies of enterprise " + e.id(), longs(expected.near),
                    index.nearMissPoliciesFor(e.id(), Integer.MAX_VALUE).stream().mapToLong(MatchResult::policyId)
                            .toArray());
        }
        // explanations through the index are the plain ones
        Enterprise someone = enterprises.values().iterator().next();
        for (PolicyEligibility p : policies.values()) {
            assertEquals(evaluator.evaluate(someone, p, date), index.explain(someone.id(), p.policyId()));
        }
        assertFalse(index.nearMissPoliciesFor(someone.id(), 1).size() > 1);
        return new Totals(eligible, unknown, near, notInForce);
    }

    private static final class Lists {
        final TreeSet<Long> eligible = new TreeSet<>();
        final TreeSet<Long> unknown = new TreeSet<>();
        final TreeSet<Long> near = new TreeSet<>();
    }

    private static long[] longs(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}

package org.esip.line.policy.rules;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.esip.line.policy.api.PolicyEligibility;
import org.esip.registry.api.Enterprise;
import org.junit.Test;

/**
 * Publishing updates the index for one policy at a time (issue 16: no rebuild on publish): after many such
 * changes, and enterprises taken in as they register, the index answers exactly what an index built from scratch
 * over the same enterprises and policies answers, both ways and near misses included.
 */
public class MatchIndexIncrementalTest {
    private static final LocalDate ON = LocalDate.of(2026, 12, 4);

    @Test
    public void anIndexUpdatedOnePolicyAtATimeAgreesWithOneBuiltFromScratch() {
        Generated g = new Generated(20261204L, ON);
        Map<Long, Enterprise> enterprises = new TreeMap<>();
        g.enterprises(1, 600).forEach(e -> enterprises.put(e.id(), e));
        Map<Long, PolicyEligibility> policies = new TreeMap<>();
        g.policies(1, 120).forEach(p -> policies.put(p.policyId(), p));
        MatchIndex live = MatchIndex.build(enterprises.values(), policies.values(), ON);

        List<Long> ids = new ArrayList<>(policies.keySet());
        for (int round = 0; round < 200; round++) {
            int what = g.nextInt(10);
            if (what < 5) { // changed while published
                long id = ids.get(g.nextInt(ids.size()));
                PolicyEligibility changed = g.policy(id);
                policies.put(id, changed);
                live.putPolicy(changed);
            } else if (what < 7) { // withdrawn
                long id = ids.get(g.nextInt(ids.size()));
                policies.remove(id);
                live.removePolicy(id);
            } else if (what < 9) { // newly published
                long id = 1_000 + round;
                PolicyEligibility added = g.policy(id);
                policies.put(id, added);
                ids.add(id);
                live.putPolicy(added);
            } else { // enterprises registered since the index was read, taken in before a publication
                for (Enterprise e : g.enterprises(10_000 + round * 10L, 3)) {
                    enterprises.put(e.id(), e);
                    live.putEnterprise(e);
                }
            }
        }

        MatchIndex rebuilt = MatchIndex.build(enterprises.values(), policies.values(), ON);
        assertEquals(rebuilt.enterpriseCount(), live.enterpriseCount());
        assertEquals(rebuilt.policyCount(), live.policyCount());
        for (long p : policies.keySet()) {
            assertEquals("policy " + p, rebuilt.enterprisesFor(p), live.enterprisesFor(p));
            assertEquals("policy " + p + " near misses", rebuilt.nearMissEnterprisesFor(p, 1_000),
                    live.nearMissEnterprisesFor(p, 1_000));
            assertEquals(policies.get(p), live.policy(p));
        }
        for (long e : enterprises.keySet()) {
            assertEquals("enterprise " + e, rebuilt.policiesFor(e), live.policiesFor(e));
            assertEquals("enterprise " + e + " near misses", rebuilt.nearMissPoliciesFor(e, 1_000),
                    live.nearMissPoliciesFor(e, 1_000));
        }
    }
}

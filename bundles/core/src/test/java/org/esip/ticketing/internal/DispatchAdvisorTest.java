package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esip.provider.api.ServiceDomain;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.DispatchSuggestion;
import org.esip.ticketing.api.ServiceRecord;
import org.junit.Test;

/** Dispatch suggestions rank by domain fit, region, load and record (clause 5.4.1.3). */
public class DispatchAdvisorTest {
    private static final ServiceRecord NONE = new ServiceRecord(0, 0, 0, null, null, 0, null, 0);
    private static final ServiceRecord GOOD = new ServiceRecord(10, 10, 10, 1.0, 1.0, 10, 5.0, 0);
    private static final ServiceRecord POOR = new ServiceRecord(10, 5, 1, 0.5, 0.2, 5, 1.5, 3);

    private static DispatchAdvisor.Candidate org(long id, String region, ServiceDomain... domains) {
        return new DispatchAdvisor.Candidate(AssigneeKind.ORGANISATION, id, "机构" + id, Set.of(domains), region);
    }

    @Test
    public void domainFitComesFirstThenRegionLoadAndRecord_5_4_1_3() {
        List<DispatchAdvisor.Candidate> candidates = List.of(
                org(1, "330382", ServiceDomain.CERTIFICATION),
                org(2, "330302", ServiceDomain.INSPECTION_TESTING),
                org(3, "330382", ServiceDomain.INSPECTION_TESTING),
                org(4, "330382", ServiceDomain.INSPECTION_TESTING),
                org(5, "330382", ServiceDomain.INSPECTION_TESTING));
        Map<Long, ServiceRecord> records = Map.of(1L, GOOD, 2L, NONE, 3L, NONE, 4L, NONE, 5L, POOR);
        Map<String, Long> loads = Map.of("ORGANISATION:4", 6L);
        List<DispatchSuggestion> ranked = DispatchAdvisor.rank(ServiceDomain.INSPECTION_TESTING, "330382", candidates,
                (k, id) -> records.get(id), loads, 10);
        // 3: same county, free, an average newcomer (88); 2: the same but in another district of the city (78);
        // 5 (free, poor record and complaints) and 4 (six open tickets) tie at 75, the free one first; the one
        // in another domain comes last despite its excellent record.
        assertEquals(List.of(3L, 2L, 5L, 4L, 1L), ranked.stream().map(DispatchSuggestion::id).toList());
        assertEquals(List.of(88, 78, 75, 75), ranked.subList(0, 4).stream().map(DispatchSuggestion::score).toList());
        DispatchSuggestion best = ranked.get(0);
        assertTrue(best.domainFit());
        assertTrue(best.sameRegion());
        assertTrue(best.reasons().toString(), best.reasons().get(0).contains("检验检测"));
        assertEquals(6, ranked.get(3).openLoad());
        assertTrue(ranked.get(2).reasons().toString(), ranked.get(2).reasons().stream().anyMatch(r -> r.contains("被投诉 3 次")));
        assertEquals(2, DispatchAdvisor.rank(ServiceDomain.INSPECTION_TESTING, "330382", candidates,
                (k, id) -> records.get(id), loads, 2).size());
    }

    @Test
    public void regionsCompareByCountyThenCity() {
        assertEquals(DispatchAdvisor.REGION, DispatchAdvisor.regionScore("330382", "330382101"));
        assertEquals(DispatchAdvisor.REGION / 2, DispatchAdvisor.regionScore("330382", "330302"));
        assertEquals(0, DispatchAdvisor.regionScore("330382", "330102"));
        assertEquals(0, DispatchAdvisor.regionScore(null, "330102"));
    }
}

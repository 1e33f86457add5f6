package org.esip.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.esip.registry.internal.EnterpriseRules;
import org.esip.registry.internal.SmeSizeClassifier;
import org.junit.Test;

/** The demo data set is realistic, valid and the same every time. */
public class WenzhouDemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    public void theSameEveryTime() {
        assertEquals(new WenzhouDemoData(TODAY).enterprises(300), new WenzhouDemoData(TODAY).enterprises(300));
        assertEquals(new WenzhouDemoData(TODAY).organisations(), new WenzhouDemoData(TODAY).organisations());
    }

    @Test
    public void everyEnterprisePassesTheRegistryRulesWithAUniqueValidCodeAndName() {
        List<EnterpriseRegistration> all = new WenzhouDemoData(TODAY).enterprises(300);
        assertEquals(300, all.size());
        Set<String> regions = WenzhouDemoData.REGIONS.stream().map(WenzhouDemoData.Region::code).collect(Collectors.toSet());
        assertEquals(12, regions.size());
        for (EnterpriseRegistration e : all) {
            EnterpriseRules.forRegistration(e, TODAY);
            assertTrue(e.creditCode(), UnifiedSocialCreditCode.isValid(e.creditCode()));
            assertTrue(regions.contains(e.regionCode()));
            assertEquals(e.regionCode(), e.creditCode().substring(2, 8));
            WenzhouDemoData.Region r = WenzhouDemoData.REGIONS.stream().filter(x -> x.code().equals(e.regionCode()))
                    .findFirst().orElseThrow();
            assertTrue(e.township() == null ? r.townships().isEmpty() : r.townships().contains(e.township()));
        }
        assertEquals(300, new HashSet<>(all.stream().map(EnterpriseRegistration::creditCode).toList()).size());
        assertEquals(300, new HashSet<>(all.stream().map(EnterpriseRegistration::name).toList()).size());
    }

    @Test
    public void mostAreMicroAndSmallAsInARealCounty() {
        Map<EnterpriseSize, Integer> sizes = new EnumMap<>(EnterpriseSize.class);
        for (EnterpriseRegistration e : new WenzhouDemoData(TODAY).enterprises(300)) {
            EnterpriseSize s = SmeSizeClassifier.classify(e.industryCode(), e.employees(), e.annualRevenue(),
                    e.totalAssets());
            sizes.merge(s == null ? EnterpriseSize.MICRO : s, 1, Integer::sum);
        }
        int microAndSmall = sizes.getOrDefault(EnterpriseSize.MICRO, 0) + sizes.getOrDefault(EnterpriseSize.SMALL, 0);
        assertTrue(sizes.toString(), microAndSmall > 200);
        assertTrue(sizes.toString(), sizes.getOrDefault(EnterpriseSize.MEDIUM, 0) > 10);
        assertTrue(sizes.toString(), sizes.getOrDefault(EnterpriseSize.LARGE, 0) >= 1);
    }

    @Test
    public void providersAndPointsCoverTheRegion() {
        WenzhouDemoData data = new WenzhouDemoData(TODAY);
        assertEquals(24, data.organisations().size());
        assertTrue(data.experts().stream().allMatch(e -> e.registration().domains().stream().allMatch(d -> d.technical())));
        Set<String> codes = data.servicePoints().stream().map(p -> p.code()).collect(Collectors.toSet());
        assertTrue(codes.size() > 40);
        assertTrue(data.staff().stream().flatMap(s -> s.servicePointCodes().stream()).allMatch(codes::contains));
    }
}

package org.esip.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esip.platform.api.LineMixEntry;
import org.junit.Test;

/** How a platform keeps its mix of lines (clause 5.1.3), in etc/org.esip.lines.cfg and across nodes. */
public class CountyLineMixTest {
    private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");

    @Test
    public void lineIdsAreReadInOrderWithoutBlanksOrRepeats() {
        assertEquals(List.of("policy", "training"), CountyLineMix.lineIds(" policy, training ,,policy"));
        assertEquals(List.of("policy", "training"), CountyLineMix.lineIds("policy training"));
        assertEquals(List.of(), CountyLineMix.lineIds(""));
        assertEquals(List.of(), CountyLineMix.lineIds(null));
    }

    @Test
    public void atStartTheRecordWinsAndTheFileSeedsLinesNeverRecorded() {
        List<LineMixEntry> recorded = List.of(new LineMixEntry("policy", true, T0, "a"),
                new LineMixEntry("training", false, T0, "a"), new LineMixEntry("volunteer", true, T0, "b"));
        CountyLineMix.Plan plan = CountyLineMix.plan(List.of("policy", "training", "consulting"), Set.of("training"),
                recorded, Map.of(), "a", true);
        // policy and volunteer are recorded as installed; consulting was never recorded, the file seeds it;
        // training was uninstalled on the platform, so this node uninstalls it although the file lists it.
        assertEquals(List.of("consulting", "policy", "volunteer"), plan.install());
        assertEquals(List.of("training"), plan.uninstall());
    }

    @Test
    public void whileRunningOnlyWhatAnotherNodeChangedSinceLastLookIsApplied() {
        LineMixEntry mine = new LineMixEntry("policy", false, T0, "me");
        LineMixEntry old = new LineMixEntry("training", true, T0, "other");
        LineMixEntry changed = new LineMixEntry("volunteer", false, T0.plusSeconds(5), "other");
        Map<String, LineMixEntry> seen = Map.of("training", old,
                "volunteer", new LineMixEntry("volunteer", true, T0, "other"));
        // Here: policy (this node just uninstalled it but the event is being recorded), volunteer; not training
        // (an operator uninstalled it here, the record of which is on its way).
        CountyLineMix.Plan plan = CountyLineMix.plan(List.of("policy"), Set.of("policy", "volunteer"),
                List.of(mine, old, changed), seen, "me", false);
        assertEquals(List.of(), plan.install());
        assertEquals(List.of("volunteer"), plan.uninstall());
    }

    @Test
    public void nothingToDoWhenThisNodeAlreadyRunsTheRecord() {
        List<LineMixEntry> recorded = List.of(new LineMixEntry("policy", true, T0, "other"));
        assertTrue(CountyLineMix.plan(List.of("policy"), Set.of("policy"), recorded, Map.of(), "me", true).isEmpty());
        assertTrue(CountyLineMix.plan(List.of(), Set.of("policy"), recorded, Map.of(), "me", false).isEmpty());
    }
}

package org.esip.line.volunteer.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esip.line.volunteer.api.AnnualFigures;
import org.junit.Test;

/** Annual figures per volunteer and per team (clause 5.2.6): hours, activities, distinct enterprises. */
public class AnnualTallyTest {
    private static final List<AnnualTally.Entry> ENTRIES = List.of(
            new AnnualTally.Entry(1, 10, 100L, new BigDecimal("2.5")),
            new AnnualTally.Entry(1, 11, 100L, new BigDecimal("1")),
            new AnnualTally.Entry(2, 10, null, new BigDecimal("3")),
            new AnnualTally.Entry(3, 12, 101L, new BigDecimal("4")));

    @Test
    public void perVolunteer() {
        List<AnnualFigures> f = AnnualTally.tally("volunteer", 2026, ENTRIES, v -> List.of(v), v -> "V" + v);
        assertEquals(3, f.size());
        assertEquals(3L, f.get(0).id());
        assertEquals(new BigDecimal("3.50"), f.stream().filter(x -> x.id() == 1).findFirst().get().hours());
        AnnualFigures one = f.stream().filter(x -> x.id() == 1).findFirst().get();
        assertEquals(2, one.activities());
        assertEquals(1, one.enterprises());
        assertEquals(2, one.records());
    }

    @Test
    public void aVolunteerInTwoTeamsCountsForBoth() {
        Map<Long, Set<Long>> teams = Map.of(1L, Set.of(50L, 51L), 2L, Set.of(50L));
        List<AnnualFigures> f = AnnualTally.tally("team", 2026, ENTRIES, v -> teams.getOrDefault(v, Set.of()),
                t -> "T" + t);
        assertEquals(2, f.size());
        AnnualFigures t50 = f.get(0);
        assertEquals(50L, t50.id());
        assertEquals(new BigDecimal("6.50"), t50.hours());
        assertEquals(2, t50.activities());
        assertEquals(1, t50.enterprises());
        assertEquals(new BigDecimal("3.50"), f.get(1).hours());
    }
}

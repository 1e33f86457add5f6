package org.esip.line.consulting.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.esip.line.consulting.api.Match;
import org.esip.line.consulting.api.MatchReason;
import org.esip.line.consulting.api.Posting;
import org.esip.line.consulting.api.PostingKind;
import org.esip.line.consulting.api.PostingType;
import org.junit.Test;

/** The explained two-way match of clause 5.2.5: every criterion's contribution, and the index agreeing with a scan. */
public class MatchRulesTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    static Posting p(long id, PostingKind kind, PostingType type, Long enterprise, String industry, String region,
            Integer min, Integer max) {
        return new Posting(id, kind, type, "t" + id, null, enterprise, enterprise == null ? 9L : null, industry, region,
                min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max),
                null, null, true, 0);
    }

    @Test
    public void everyCriterionNamesItsContribution_5_2_5() {
        Posting s = p(1, PostingKind.SUPPLY, PostingType.FINANCING, 1L, "C3823", "330302", 1_000_000, 5_000_000);
        Posting d = p(2, PostingKind.DEMAND, PostingType.FINANCING, 2L, "C3823", "330302", 2_000_000, 3_000_000);
        List<MatchReason> r = MatchRules.explain(s, d);
        assertEquals(3, r.size());
        assertEquals(100, MatchRules.score(r));
        assertEquals("industry", r.get(0).criterion());
        assertEquals(40, r.get(0).points());
        assertTrue(r.get(0).zh().contains("行业相同"));
        assertEquals(30, r.get(1).points());
        assertEquals(30, r.get(2).points());
        assertTrue(r.get(2).en().contains("overlap"));
    }

    @Test
    public void partialFitsAndMisfitsAreNamed() {
        assertEquals(25, MatchRules.industry("C3823", "C3891").points());
        assertEquals(10, MatchRules.industry("C3823", "C1952").points());
        assertEquals(0, MatchRules.industry("C3823", "I6513").points());
        assertFalse(MatchRules.industry("C3823", "I6513").fits());
        assertTrue(MatchRules.industry("C3823", "I6513").zh().contains("行业不符"));
        assertEquals(15, MatchRules.industry(null, "I6513").points());
        assertEquals(20, MatchRules.region("330302", "330381").points());
        assertEquals(5, MatchRules.region("330302", "330102").points());
        assertEquals(0, MatchRules.region("330302", "310101").points());
        assertEquals(10, MatchRules.region(null, "310101").points());
        MatchReason gap = MatchRules.amount(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.valueOf(11), null);
        assertEquals(0, gap.points());
        assertTrue(gap.zh().contains("不重叠"));
        assertEquals(30, MatchRules.amount(null, BigDecimal.TEN, BigDecimal.TEN, null).points());
        assertEquals(15, MatchRules.amount(null, null, BigDecimal.TEN, null).points());
    }

    @Test
    public void theIndexFiltersKindTypeOwnerAndValidity() {
        Posting s = p(1, PostingKind.SUPPLY, PostingType.TECHNOLOGY, 1L, "C3823", "330302", null, null);
        List<Posting> all = new ArrayList<>(List.of(s,
                p(2, PostingKind.DEMAND, PostingType.TECHNOLOGY, 2L, "C3823", "330302", null, null),
                p(3, PostingKind.DEMAND, PostingType.CAPACITY, 2L, "C3823", "330302", null, null),
                p(4, PostingKind.SUPPLY, PostingType.TECHNOLOGY, 2L, "C3823", "330302", null, null),
                p(5, PostingKind.DEMAND, PostingType.TECHNOLOGY, 1L, "C3823", "330302", null, null),
                new Posting(6, PostingKind.DEMAND, PostingType.TECHNOLOGY, "old", null, 3L, null, "C3823", "330302",
                        null, null, null, DAY.minusDays(1), true, 0),
                new Posting(7, PostingKind.DEMAND, PostingType.TECHNOLOGY, "closed", null, 3L, null, "C3823", "330302",
                        null, null, null, null, false, 0),
                p(8, PostingKind.DEMAND, PostingType.TECHNOLOGY, 4L, "C3891", "330381", null, null),
                p(9, PostingKind.DEMAND, PostingType.TECHNOLOGY, 5L, "I6513", "310101", null, null)));
        List<Match> m = new MatchIndex(all).matches(s, DAY, 10);
        assertEquals(List.of(2L, 8L), m.stream().map(Match::postingId).toList());
        assertEquals(85, m.get(0).score());
        assertEquals(60, m.get(1).score());
        // and the other way round: the demand finds the supply
        assertEquals(1L, new MatchIndex(all).matches(all.get(1), DAY, 10).get(0).postingId());
    }

    @Test
    public void theIndexAgreesWithScoringEveryPair() {
        Random r = new Random(5);
        String[] ind = {null, "C3823", "C3891", "C3443", "C1952", "I6513", "C"};
        String[] reg = {null, "330302", "330303", "330381", "330102", "310101", "3303"};
        List<Posting> all = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            Integer min = r.nextInt(4) == 0 ? null : r.nextInt(100);
            Integer max = min == null || r.nextBoolean() ? null : min + r.nextInt(100);
            all.add(p(i, r.nextBoolean() ? PostingKind.SUPPLY : PostingKind.DEMAND,
                    PostingType.values()[r.nextInt(2)], (long) r.nextInt(50), ind[r.nextInt(ind.length)],
                    reg[r.nextInt(reg.length)], min, max));
        }
        MatchIndex index = new MatchIndex(all);
        for (Posting q : all) {
            List<long[]> expected = new ArrayList<>();
            for (Posting c : all) {
                if (c.kind() != q.kind() && c.type() == q.type() && !c.owner().equals(q.owner())) {
                    int s = MatchRules.score(MatchRules.explain(q, c));
                    assertEquals(s, MatchRules.score(q, c));
                    if (s >= MatchRules.THRESHOLD) {
                        expected.add(new long[] {c.id(), s});
                    }
                }
            }
            expected.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1]) : Long.compare(x[0], y[0]));
            List<Match> got = index.matches(q, DAY, 1000);
            assertEquals("posting " + q.id(), expected.size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                assertEquals(expected.get(i)[0], got.get(i).postingId());
                assertEquals(expected.get(i)[1], got.get(i).score());
            }
        }
    }
}

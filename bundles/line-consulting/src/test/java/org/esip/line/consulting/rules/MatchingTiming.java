package org.esip.line.consulting.rules;

import java.time.LocalDate;
import java.util.List;

import org.esip.line.consulting.api.Posting;

/**
 * A plain timing of the match at 100 000 postings, for machines without JMH in their Maven repository
 * (see docs/benchmarks/consulting-matching.md); the JMH benchmark is {@code MatchingBenchmark} in
 * src/benchmark/java. Not a test: run with
 * {@code java -cp target/classes:target/test-classes org.esip.line.consulting.rules.MatchingTiming}.
 */
public final class MatchingTiming {
    private MatchingTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        LocalDate day = LocalDate.of(2026, 12, 3);
        List<Posting> all = GeneratedPostings.of(n, 20261203L, day);
        long t0 = System.nanoTime();
        MatchIndex index = null;
        for (int i = 0; i < 5; i++) {
            index = new MatchIndex(all);
        }
        System.out.printf("build index of %d postings: %.1f ms%n", n, (System.nanoTime() - t0) / 5e6);
        // warm-up, then measured rounds over 2 000 queries each (every 50th posting)
        long proposed = 0;
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            int queries = 0;
            for (int i = 0; i < all.size(); i += 50) {
                proposed += index.matches(all.get(i), day, 20).size();
                queries++;
            }
            double perQuery = (System.nanoTime() - start) / 1e3 / queries;
            System.out.printf("%s round %d: %.1f µs per query (top 20 with reasons), %d queries%n",
                    round < 3 ? "warm-up" : "measured", round, perQuery, queries);
        }
        long start = System.nanoTime();
        long scanned = 0;
        for (int i = 0; i < all.size(); i += 500) {
            Posting q = all.get(i);
            for (Posting c : all) {
                if (c.kind() != q.kind() && c.type() == q.type() && c.activeOn(day) && !c.owner().equals(q.owner())) {
                    scanned += MatchRules.score(MatchRules.explain(q, c)) >= MatchRules.THRESHOLD ? 1 : 0;
                }
            }
        }
        System.out.printf("full scan with reasons for every pair: %.1f µs per query (%d queries)%n",
                (System.nanoTime() - start) / 1e3 / (all.size() / 500), all.size() / 500);
        System.out.println("(proposed " + proposed + ", scanned hits " + scanned + ")");
    }
}

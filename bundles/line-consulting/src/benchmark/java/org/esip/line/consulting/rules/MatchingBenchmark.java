package org.esip.line.consulting.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.esip.line.consulting.api.Match;
import org.esip.line.consulting.api.Posting;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two-way match at 100 000 postings (clause 5.2.5; docs/benchmarks/consulting-matching.md): one posting's
 * top 20 with reasons through the index, building the index, and the full scan it avoids.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class MatchingBenchmark {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private List<Posting> all;
    private MatchIndex index;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        all = GeneratedPostings.of(100_000, 20261203L, DAY);
        index = new MatchIndex(all);
    }

    @Benchmark
    public List<Match> indexPerPosting() {
        next = (next + 7919) % all.size();
        return index.matches(all.get(next), DAY, 20);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MatchIndex buildIndex() {
        return new MatchIndex(all);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int fullScanPerPosting() {
        next = (next + 7919) % all.size();
        Posting q = all.get(next);
        int hits = 0;
        for (Posting c : all) {
            if (c.kind() != q.kind() && c.type() == q.type() && c.activeOn(DAY) && !c.owner().equals(q.owner())
                    && MatchRules.score(MatchRules.explain(q, c)) >= MatchRules.THRESHOLD) {
                hits++;
            }
        }
        return hits;
    }
}

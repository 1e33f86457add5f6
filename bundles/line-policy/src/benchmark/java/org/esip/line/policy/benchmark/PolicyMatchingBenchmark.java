package org.esip.line.policy.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.PolicyEligibility;
import org.esip.line.policy.api.Verdict;
import org.esip.line.policy.rules.Generated;
import org.esip.line.policy.rules.MatchIndex;
import org.esip.line.policy.rules.MatchSet;
import org.esip.line.policy.rules.RuleEvaluator;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseAttributes;
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
 * The policy line's matching at platform scale: 100 000 enterprises × 2 000 policies of generated Wenzhou data
 * ({@link Generated}, the same generator as the agreement test). The index against the plain evaluation of pairs.
 * Run from the repository root, see docs/benchmarks/policy-matching.md:
 * {@code ./mvnw -Pbenchmark -pl bundles/line-policy test-compile exec:exec -Djmh.args="…"}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class PolicyMatchingBenchmark {
    static final int ENTERPRISES = 100_000;
    static final int POLICIES = 2_000;
    static final LocalDate ON = LocalDate.of(2026, 6, 30);

    /** The generated data, and for each policy an alternative version to switch to. */
    @State(Scope.Benchmark)
    public static class Data {
        List<Enterprise> enterprises;
        /** The same enterprises as the registry's projection reads them for the line's index build. */
        List<EnterpriseAttributes> attributes;
        List<PolicyEligibility> policies;
        List<PolicyEligibility> alternatives;
        final RuleEvaluator evaluator = new RuleEvaluator();
        final Random random = new Random(42);

        @Setup(Level.Trial)
        public void generate() {
            Generated g = new Generated(20260630L, ON);
            enterprises = g.enterprises(1, ENTERPRISES);
            attributes = enterprises.stream().map(e -> new EnterpriseAttributes(e.id(), e.regionCode(),
                    e.industryCode(), e.size(), e.employees(), e.annualRevenue(), e.foundedOn(), e.qualifications(),
                    e.tags())).toList();
            policies = g.policies(1, POLICIES);
            alternatives = g.policies(1, POLICIES);
        }

        long enterpriseId() {
            return 1 + random.nextInt(ENTERPRISES);
        }

        int policyIndex() {
            return random.nextInt(POLICIES);
        }
    }

    /** A built index; prints its heap (Runtime, after GC) and its own estimate once. */
    @State(Scope.Benchmark)
    public static class Indexed {
        MatchIndex index;
        boolean[] switched = new boolean[POLICIES];

        @Setup(Level.Trial)
        public void build(Data data) {
            long before = usedAfterGc();
            index = MatchIndex.build(data.enterprises, data.policies, ON);
            long after = usedAfterGc();
            long eligible = 0;
            long unknown = 0;
            for (PolicyEligibility p : data.policies) {
                MatchSet m = index.enterprisesFor(p.policyId());
                eligible += m.eligibleCount();
                unknown += m.unknownCount();
            }
            System.out.printf("%nindex heap: %.1f MiB by Runtime (used after GC, before/after build), %.1f MiB by "
                    + "MatchIndex.estimatedBytes(); eligible pairs %d, unknown pairs %d of %d%n",
                    (after - before) / 1048576.0, index.estimatedBytes() / 1048576.0, eligible, unknown,
                    (long) ENTERPRISES * POLICIES);
        }

        private static long usedAfterGc() {
            Runtime rt = Runtime.getRuntime();
            long used = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                System.gc();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                used = Math.min(used, rt.totalMemory() - rt.freeMemory());
            }
            return used;
        }
    }

    /** Building the index over all enterprises and policies. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MatchIndex indexBuild(Data data) {
        return MatchIndex.build(data.enterprises, data.policies, ON);
    }

    /** Building the same index from the enterprises' attributes, as the line does since it reads a projection. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MatchIndex indexBuildFromAttributes(Data data) {
        return MatchIndex.buildFromAttributes(data.attributes, data.policies, ON);
    }

    /** Every policy one enterprise is eligible for or unknown for. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public MatchSet indexPerEnterprise(Data data, Indexed indexed) {
        return indexed.index.policiesFor(data.enterpriseId());
    }

    /** Every enterprise eligible for or unknown for one policy. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public MatchSet indexPerPolicy(Data data, Indexed indexed) {
        return indexed.index.enterprisesFor(data.policies.get(data.policyIndex()).policyId());
    }

    /** Changing one policy's conditions, which re-runs its matching. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public MatchSet indexPolicyUpdate(Data data, Indexed indexed) {
        int i = data.policyIndex();
        indexed.switched[i] = !indexed.switched[i];
        return indexed.index.putPolicy((indexed.switched[i] ? data.alternatives : data.policies).get(i));
    }

    /** Near misses of one policy, explained (at most 50, as a page would show). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<MatchResult> indexNearMissesPerPolicy(Data data, Indexed indexed) {
        return indexed.index.nearMissEnterprisesFor(data.policies.get(data.policyIndex()).policyId(), 50);
    }

    /** Without the index: one enterprise against all 2 000 policies (verdicts only). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int plainPerEnterprise(Data data) {
        Enterprise e = data.enterprises.get((int) data.enterpriseId() - 1);
        int matched = 0;
        for (PolicyEligibility p : data.policies) {
            if (data.evaluator.verdict(e, p, ON) != Verdict.NOT_ELIGIBLE) {
                matched++;
            }
        }
        return matched;
    }

    /** Without the index: one policy against all 100 000 enterprises (verdicts only). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int plainPerPolicy(Data data) {
        PolicyEligibility p = data.policies.get(data.policyIndex());
        int matched = 0;
        for (Enterprise e : data.enterprises) {
            if (data.evaluator.verdict(e, p, ON) != Verdict.NOT_ELIGIBLE) {
                matched++;
            }
        }
        return matched;
    }

    /** One pair, explained in both languages. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public MatchResult plainExplainedPair(Data data) {
        return data.evaluator.evaluate(data.enterprises.get((int) data.enterpriseId() - 1),
                data.policies.get(data.policyIndex()), ON);
    }

    /** Without the index: every one of the 200 million pairs (verdicts only). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long plainAllPairs(Data data) {
        long matched = 0;
        for (PolicyEligibility p : data.policies) {
            for (Enterprise e : data.enterprises) {
                if (data.evaluator.verdict(e, p, ON) != Verdict.NOT_ELIGIBLE) {
                    matched++;
                }
            }
        }
        return matched;
    }
}

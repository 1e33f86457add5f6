package org.esip.line.policy.internal;

import static org.esip.line.policy.internal.PolicyServiceLine.TEXTS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.persistence.EntityManagerFactory;

import org.esip.line.kit.UnitOfWork;
import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyEligibility;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.line.policy.rules.MatchIndex;
import org.esip.line.policy.rules.MatchSet;
import org.esip.line.policy.rules.RuleEvaluator;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseAttributes;
import org.esip.registry.api.EnterpriseService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matching over the bitset index of the rules package: built from the attributes of every active enterprise (read
 * by key in large pages, {@link EnterpriseService#attributesAfter}: columns only, no entities) and every published
 * policy, and kept current one change at a time: a
 * policy published, changed or withdrawn updates the index for that policy alone, after taking in the enterprises
 * registered since the index was built; one enterprise's answers take in its record as it is now. The whole index
 * is rebuilt in the background (never inside a request) when older than the configured age; only the very first
 * use, or the first of a new day, waits for a build.
 */
@Component(service = {PolicyMatching.class, PolicyListener.class}, configurationPid = PolicyLineConfig.PID)
public class PolicyMatchingImpl implements PolicyMatching, PolicyListener {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyMatchingImpl.class);
    /**
     * Enterprises read per statement when loading, by key (their tags and qualifications come in one statement
     * each): only the attributes the index tests, so 100 000 enterprises are ten pages.
     */
    static final int LOAD_PAGE = 10_000;
    private final EnterpriseService enterprises;
    private final PolicyService policies;
    private final EntityManagerFactory emf;
    private volatile Duration maxAge;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "esip-policy-match-index");
        t.setDaemon(true);
        return t;
    });
    private volatile MatchIndex index;
    private volatile Instant builtAt;
    /** The highest enterprise id read into {@link #index}; guarded by this. */
    private long lastEnterpriseId;
    /** The build under way, {@code null} when none; guarded by this. */
    private CompletableFuture<MatchIndex> building;
    /** Policies changed while a build is under way, applied to its index when it is installed; guarded by this. */
    private Map<Long, Policy> changedDuringBuild;

    @Activate
    public PolicyMatchingImpl(@Reference EnterpriseService enterprises, @Reference PolicyService policies,
            @Reference(target = "(osgi.unit.name=esip-policy)") EntityManagerFactory emf, PolicyLineConfig config) {
        this.enterprises = enterprises;
        this.policies = policies;
        this.emf = emf;
        modified(config);
        rebuildInBackground(); // ready before the first publish or match
    }

    @Deactivate
    void deactivate() {
        background.shutdownNow();
    }

    /** A new index age applies at the next match; matching stays published. */
    @Modified
    void modified(PolicyLineConfig config) {
        this.maxAge = Duration.ofMinutes(config.indexMaxAgeMinutes());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PolicyServiceImpl.ZONE));
    }

    /**
     * The index. Too old: answers from it while a new one is built in the background. Missing or of another
     * day: waits for the build (at most one at a time).
     */
    private MatchIndex index() {
        MatchIndex i = index;
        if (i != null && i.date().equals(today())) {
            if (builtAt.plus(maxAge).isBefore(Instant.now(clock))) {
                rebuildInBackground();
            }
            return i;
        }
        try {
            return rebuildInBackground().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Starts a build unless one is under way; the answer is the index once it is installed. */
    synchronized CompletableFuture<MatchIndex> rebuildInBackground() {
        if (building == null) {
            changedDuringBuild = new LinkedHashMap<>();
            CompletableFuture<MatchIndex> b = CompletableFuture.supplyAsync(this::load, background)
                    .thenApply(this::install);
            b.whenComplete((i, failure) -> {
                if (failure != null) {
                    LOG.error("Policy match index build failed", failure);
                    synchronized (this) {
                        building = null;
                        changedDuringBuild = null;
                    }
                }
            });
            building = b;
        }
        return building;
    }

    /** A new index: every active enterprise and every published policy, read outside any lock. */
    Loaded load() {
        long started = System.nanoTime();
        List<EnterpriseAttributes> all = new ArrayList<>();
        long last = 0;
        while (true) {
            List<EnterpriseAttributes> page = enterprises.attributesAfter(last, LOAD_PAGE);
            all.addAll(page);
            if (!page.isEmpty()) {
                last = page.get(page.size() - 1).id();
            }
            if (page.size() < LOAD_PAGE) {
                break;
            }
        }
        long loaded = System.nanoTime();
        List<PolicyEligibility> published = published();
        long policiesRead = System.nanoTime();
        MatchIndex i = MatchIndex.buildFromAttributes(all, published, today());
        // "reading" is the enterprises' (as it always was in this line), the policies' is told apart after it.
        LOG.info("Policy match index built over {} enterprises and {} policies in {} ms ({} ms reading; {} ms reading"
                + " the policies, {} ms indexing)", i.enterpriseCount(), i.policyCount(),
                (System.nanoTime() - started) / 1_000_000, (loaded - started) / 1_000_000,
                (policiesRead - loaded) / 1_000_000, (System.nanoTime() - policiesRead) / 1_000_000);
        return new Loaded(i, last);
    }

    record Loaded(MatchIndex index, long lastEnterpriseId) {
    }

    /** Puts a new index in place, with the policy changes made while it was read. */
    synchronized MatchIndex install(Loaded loaded) {
        for (Policy p : changedDuringBuild.values()) {
            apply(loaded.index(), p);
        }
        index = loaded.index();
        lastEnterpriseId = loaded.lastEnterpriseId();
        builtAt = Instant.now(clock);
        building = null;
        changedDuringBuild = null;
        return index;
    }

    /**
     * The conditions of every published policy: their id and eligibility column alone, in one statement (not the
     * whole policies a page at a time; the same versions as {@code Policy.eligibility()}).
     */
    private List<PolicyEligibility> published() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT p.id, p.eligibilityJson FROM PolicyEntity p"
                + " WHERE p.status = :status ORDER BY p.id", Object[].class)
                .setParameter("status", PolicyStatus.PUBLISHED).getResultList().stream()
                .map(r -> new PolicyEligibility((Long) r[0], EligibilityJson.read((String) r[1]))).toList());
    }

    /** The enterprise as it is now, in the index (or out of it when retired). */
    private MatchIndex current(long enterpriseId) {
        MatchIndex i = index();
        Enterprise e = enterprises.get(enterpriseId);
        if (e.retiredAt() == null) {
            i.putEnterprise(e);
        } else {
            i.removeEnterprise(enterpriseId);
        }
        return i;
    }

    /** Takes in the enterprises registered since the index was read (one statement when there are none). */
    private synchronized void catchUp(MatchIndex i) {
        if (i != index) {
            return;
        }
        while (true) {
            List<EnterpriseAttributes> page = enterprises.attributesAfter(lastEnterpriseId, LOAD_PAGE);
            page.forEach(i::putEnterprise);
            if (!page.isEmpty()) {
                lastEnterpriseId = page.get(page.size() - 1).id();
            }
            if (page.size() < LOAD_PAGE) {
                return;
            }
        }
    }

    /** Only this policy's entry changes; nothing is rebuilt. */
    private static void apply(MatchIndex i, Policy p) {
        if (p.status() == PolicyStatus.PUBLISHED) {
            PolicyEligibility e = new PolicyEligibility(p.id(), p.eligibility());
            if (!e.equals(i.policy(p.id()))) {
                i.putPolicy(e);
            }
        } else {
            i.removePolicy(p.id());
        }
    }

    @Override
    public void changed(Policy before, Policy after) {
        MatchIndex i;
        synchronized (this) {
            if (changedDuringBuild != null) {
                changedDuringBuild.put(after.id(), after);
            }
            i = index;
        }
        if (i == null) {
            return; // the build under way reads it
        }
        if (after.status() == PolicyStatus.PUBLISHED) {
            // Pushed from this answer: every enterprise registered up to this moment must be in the index.
            catchUp(i);
        }
        apply(i, after);
    }

    @Override
    public List<MatchResult> policiesFor(long enterpriseId) {
        MatchIndex i = current(enterpriseId);
        MatchSet set = i.policiesFor(enterpriseId);
        List<MatchResult> results = new ArrayList<>();
        for (long p : set.eligible()) {
            results.add(i.explain(enterpriseId, p));
        }
        for (long p : set.unknown()) {
            results.add(i.explain(enterpriseId, p));
        }
        return results;
    }

    @Override
    public List<MatchResult> nearMissesFor(long enterpriseId, int limit) {
        return current(enterpriseId).nearMissPoliciesFor(enterpriseId, Math.max(1, limit));
    }

    @Override
    public PolicyReach reachOf(long policyId) {
        requirePublished(policyId);
        MatchSet set = index().enterprisesFor(policyId);
        return new PolicyReach(policyId, Arrays.stream(set.eligible()).boxed().toList(),
                Arrays.stream(set.unknown()).boxed().toList());
    }

    /**
     * How many enterprises a published policy reaches, eligible and unknown, from the index alone (no look-up of
     * the policy, no id lists): {0, 0} when it is not indexed (not published). For statistics over every policy.
     */
    long[] reachCounts(long policyId) {
        try {
            MatchSet set = index().enterprisesFor(policyId);
            return new long[] {set.eligible().length, set.unknown().length};
        } catch (NoSuchElementException e) {
            return new long[] {0, 0};
        }
    }

    @Override
    public List<MatchResult> nearMissEnterprisesFor(long policyId, int limit) {
        requirePublished(policyId);
        return index().nearMissEnterprisesFor(policyId, Math.max(1, limit));
    }

    private void requirePublished(long policyId) {
        Policy p = policies.get(policyId);
        if (p.status() != PolicyStatus.PUBLISHED) {
            throw TEXTS.notFound("matching.not-published", p.title());
        }
    }

    @Override
    public MatchResult explain(long enterpriseId, long policyId) {
        Policy p = policies.get(policyId);
        return new RuleEvaluator().evaluate(enterprises.get(enterpriseId), new PolicyEligibility(p.id(), p.eligibility()),
                today());
    }
}

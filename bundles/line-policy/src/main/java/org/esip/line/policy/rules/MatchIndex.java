package org.esip.line.policy.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntUnaryOperator;

import org.esip.line.policy.api.DecimalRange;
import org.esip.line.policy.api.Eligibility;
import org.esip.line.policy.api.IntRange;
import org.esip.line.policy.api.MatchResult;
import org.esip.line.policy.api.PolicyEligibility;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseAttributes;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.EnterpriseStatus;
import org.esip.registry.api.QualificationType;

/**
 * Two-way matching of enterprises and policies (clause 5.2.1.2) on one evaluation date, without evaluating every
 * pair: "every policy this enterprise is eligible for (or unknown)" and "every enterprise eligible for (or unknown
 * for) this policy", and the near misses (failing exactly one condition) both ways. Answers are exactly those of
 * {@link RuleEvaluator} for each pair.
 *
 * <p>How: enterprises and policies get dense slots. Per condition kind, bitsets over enterprise slots (which
 * enterprises carry tag t, hold qualification q, have a region or industry code starting with p, have size s, or
 * a value in numeric bucket b, or lack the value) and over policy slots (which policies set no such condition, ask
 * for prefix p, allow size s, require or exclude tag t or qualification q, cover or touch numeric bucket b). A
 * query intersects, per condition, the slots that surely meet it, may meet it (a range's boundary bucket), or are
 * unknown; only the "may" ones are evaluated exactly. Enterprises and policies are added, updated and removed one
 * at a time; changing a policy re-runs its matching.
 *
 * <p>The date matters (the version of conditions in force, years since founding, qualifications valid): the index
 * answers for {@link #date()}; {@link #rebase(LocalDate)} moves it (e.g. nightly) and re-indexes everything. A
 * retired enterprise is not indexed ({@link #putEnterprise} removes it). Thread-safe: queries share a read lock,
 * changes take the write lock.
 */
public final class MatchIndex {
    static final Buckets EMPLOYEE_BUCKETS =
            new Buckets(0, 1, 5, 10, 20, 50, 100, 150, 200, 300, 400, 500, 1000, 2000, 5000, 10000);
    static final Buckets REVENUE_BUCKETS =
            new Buckets(0, 50, 100, 200, 300, 500, 1000, 2000, 5000, 10000, 20000, 40000, 80000, 200000);
    static final Buckets YEAR_BUCKETS = Buckets.everyOneUpTo(50, 60, 80, 100);

    private static final int SIZES = EnterpriseSize.values().length;
    private static final QualificationType[] QUALIFICATIONS = QualificationType.values();
    private static final BitSet NONE = new BitSet();

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final RuleEvaluator evaluator = new RuleEvaluator();
    private LocalDate date;

    private final Slots enterpriseSlots = new Slots();
    private Facts[] enterprises = new Facts[1024];

    private final Slots policySlots = new Slots();
    private PolicyEligibility[] policies = new PolicyEligibility[64];
    /** the version in force on {@link #date} of each policy slot, {@code null} when none */
    private Eligibility[] inForce = new Eligibility[64];

    private Bits bits = new Bits();

    /** An empty index for {@code date}. */
    public MatchIndex(LocalDate date) {
        this.date = date;
    }

    /** An index for {@code date} over the given enterprises and policies. */
    public static MatchIndex build(Collection<Enterprise> enterprises, Collection<PolicyEligibility> policies,
            LocalDate date) {
        MatchIndex index = new MatchIndex(date);
        for (Enterprise e : enterprises) {
            index.putEnterprise(e);
        }
        for (PolicyEligibility p : policies) {
            index.addPolicy(p);
        }
        return index;
    }

    /**
     * An index for {@code date} over enterprises given by their attributes (active ones, as
     * {@code EnterpriseService.attributesAfter} reads them) and the given policies: the same index as
     * {@link #build} over the whole records.
     */
    public static MatchIndex buildFromAttributes(Collection<EnterpriseAttributes> enterprises,
            Collection<PolicyEligibility> policies, LocalDate date) {
        MatchIndex index = new MatchIndex(date);
        for (EnterpriseAttributes e : enterprises) {
            index.putEnterprise(e);
        }
        for (PolicyEligibility p : policies) {
            index.addPolicy(p);
        }
        return index;
    }

    /** The date the index answers for. */
    public LocalDate date() {
        lock.readLock().lock();
        try {
            return date;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Moves the index to {@code newDate}, re-deciding versions in force, founding years and validity. */
    public void rebase(LocalDate newDate) {
        lock.writeLock().lock();
        try {
            date = newDate;
            bits = new Bits();
            for (int s = enterpriseSlots.all.nextSetBit(0); s >= 0; s = enterpriseSlots.all.nextSetBit(s + 1)) {
                enterprises[s] = enterprises[s].on(newDate);
                addEnterpriseBits(s, enterprises[s]);
            }
            for (int s = policySlots.all.nextSetBit(0); s >= 0; s = policySlots.all.nextSetBit(s + 1)) {
                inForce[s] = policies[s].inForce(newDate);
                addPolicyBits(s, inForce[s]);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int enterpriseCount() {
        lock.readLock().lock();
        try {
            return enterpriseSlots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public int policyCount() {
        lock.readLock().lock();
        try {
            return policySlots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---------------------------------------------------------------- changes

    /** Adds or replaces an enterprise; a retired one is removed instead. */
    public void putEnterprise(Enterprise enterprise) {
        if (enterprise.status() == EnterpriseStatus.RETIRED) {
            removeEnterprise(enterprise.id());
            return;
        }
        lock.writeLock().lock();
        try {
            put(Facts.of(enterprise, date));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Adds or replaces an enterprise from its attributes alone (what {@code EnterpriseService.attributesAfter}
     * reads, active enterprises only): indexed exactly as {@link #putEnterprise(Enterprise)} indexes the whole
     * record.
     */
    public void putEnterprise(EnterpriseAttributes enterprise) {
        lock.writeLock().lock();
        try {
            put(Facts.of(enterprise, date));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Under the write lock. */
    private void put(Facts facts) {
        int slot = enterpriseSlots.slotOf(facts.id);
        if (slot >= 0) {
            removeEnterpriseBits(slot, enterprises[slot]);
        } else {
            slot = enterpriseSlots.allocate(facts.id);
            if (slot >= enterprises.length) {
                enterprises = Arrays.copyOf(enterprises, Math.max(slot + 1, enterprises.length * 2));
            }
        }
        enterprises[slot] = facts;
        addEnterpriseBits(slot, facts);
    }

    /** Removes an enterprise; false when it was not indexed. */
    public boolean removeEnterprise(long enterpriseId) {
        lock.writeLock().lock();
        try {
            int slot = enterpriseSlots.slotOf(enterpriseId);
            if (slot < 0) {
                return false;
            }
            removeEnterpriseBits(slot, enterprises[slot]);
            enterprises[slot] = null;
            enterpriseSlots.free(enterpriseId, slot);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Adds or replaces a policy and re-runs its matching: the enterprises eligible for it, or unknown, on
     * {@link #date()} (compare with the previous answer, {@link MatchSet#newlyEligibleSince}, to push it).
     */
    public MatchSet putPolicy(PolicyEligibility policy) {
        lock.writeLock().lock();
        try {
            return enterprisesFor(addPolicy(policy));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private int addPolicy(PolicyEligibility policy) {
        lock.writeLock().lock();
        try {
            int slot = policySlots.slotOf(policy.policyId());
            if (slot >= 0) {
                removePolicyBits(slot, inForce[slot]);
            } else {
                slot = policySlots.allocate(policy.policyId());
                if (slot >= policies.length) {
                    int n = Math.max(slot + 1, policies.length * 2);
                    policies = Arrays.copyOf(policies, n);
                    inForce = Arrays.copyOf(inForce, n);
                }
            }
            policies[slot] = policy;
            inForce[slot] = policy.inForce(date);
            addPolicyBits(slot, inForce[slot]);
            return slot;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a policy; false when it was not indexed. */
    public boolean removePolicy(long policyId) {
        lock.writeLock().lock();
        try {
            int slot = policySlots.slotOf(policyId);
            if (slot < 0) {
                return false;
            }
            removePolicyBits(slot, inForce[slot]);
            policies[slot] = null;
            inForce[slot] = null;
            policySlots.free(policyId, slot);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---------------------------------------------------------------- queries

    /** The conditions the index holds for a policy, {@code null} when it is not indexed. */
    public PolicyEligibility policy(long policyId) {
        lock.readLock().lock();
        try {
            int slot = policySlots.slotOf(policyId);
            return slot < 0 ? null : policies[slot];
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The policies in force that the enterprise is eligible for, or unknown for. */
    public MatchSet policiesFor(long enterpriseId) {
        lock.readLock().lock();
        try {
            Facts f = enterprises[enterpriseSlot(enterpriseId)];
            Combiner c = policyCandidates(f, false);
            c.resolve(s -> Conditions.tally(inForce[s], f));
            return new MatchSet(policySlots.ids(c.sure), policySlots.ids(c.unknown));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The enterprises eligible for the policy, or unknown for it; empty when it is not in force. */
    public MatchSet enterprisesFor(long policyId) {
        lock.readLock().lock();
        try {
            return enterprisesFor(policySlot(policyId));
        } finally {
            lock.readLock().unlock();
        }
    }

    private MatchSet enterprisesFor(int policySlot) {
        Eligibility e = inForce[policySlot];
        if (e == null) {
            return MatchSet.EMPTY;
        }
        Combiner c = enterpriseCandidates(e, false);
        c.resolve(s -> Conditions.tally(e, enterprises[s]));
        return new MatchSet(enterpriseSlots.ids(c.sure), enterpriseSlots.ids(c.unknown));
    }

    /**
     * The policies in force of which the enterprise fails exactly one condition (others may be unknown), ascending
     * by policy id, at most {@code limit}, each explained: what is missing and what would qualify.
     */
    public List<MatchResult> nearMissPoliciesFor(long enterpriseId, int limit) {
        lock.readLock().lock();
        try {
            Facts f = enterprises[enterpriseSlot(enterpriseId)];
            Combiner c = policyCandidates(f, true);
            BitSet near = c.nearMisses(s -> Conditions.tally(inForce[s], f));
            List<MatchResult> out = new ArrayList<>();
            for (int s : policySlots.firstById(near, limit)) {
                out.add(evaluator.evaluate(f, policies[s], date));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The enterprises that fail exactly one condition of the policy (others may be unknown), ascending by
     * enterprise id, at most {@code limit}, each explained; empty when the policy is not in force.
     */
    public List<MatchResult> nearMissEnterprisesFor(long policyId, int limit) {
        lock.readLock().lock();
        try {
            int slot = policySlot(policyId);
            Eligibility e = inForce[slot];
            if (e == null) {
                return List.of();
            }
            Combiner c = enterpriseCandidates(e, true);
            BitSet near = c.nearMisses(s -> Conditions.tally(e, enterprises[s]));
            List<MatchResult> out = new ArrayList<>();
            for (int s : enterpriseSlots.firstById(near, limit)) {
                out.add(evaluator.evaluate(enterprises[s], policies[slot], date));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The explained evaluation of one indexed enterprise against one indexed policy on {@link #date()}. */
    public MatchResult explain(long enterpriseId, long policyId) {
        lock.readLock().lock();
        try {
            return evaluator.evaluate(enterprises[enterpriseSlot(enterpriseId)], policies[policySlot(policyId)],
                    date);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * An estimate of the index's own heap in bytes: its bitsets, maps and slot tables, and the per-enterprise
     * facts objects (not the strings and sets they share with the enterprise records).
     */
    public long estimatedBytes() {
        lock.readLock().lock();
        try {
            long bytes = bits.estimatedBytes();
            bytes += enterpriseSlots.estimatedBytes() + policySlots.estimatedBytes();
            bytes += 16L + 8L * enterprises.length + 56L * enterpriseSlots.size();
            bytes += 32L + 16L * policies.length;
            return bytes;
        } finally {
            lock.readLock().unlock();
        }
    }

    private int enterpriseSlot(long id) {
        int slot = enterpriseSlots.slotOf(id);
        if (slot < 0) {
            throw new NoSuchElementException("enterprise " + id + " is not indexed");
        }
        return slot;
    }

    private int policySlot(long id) {
        int slot = policySlots.slotOf(id);
        if (slot < 0) {
            throw new NoSuchElementException("policy " + id + " is not indexed");
        }
        return slot;
    }

    // ---------------------------------------------------------------- policy → enterprises

    private Combiner enterpriseCandidates(Eligibility e, boolean trackFailures) {
        Bits b = bits;
        BitSet all = enterpriseSlots.all;
        Combiner c = new Combiner(all, trackFailures);
        if (!e.regionPrefixes().isEmpty()) {
            c.add(b.region.enterprisesWithAny(e.regionPrefixes()), null, b.region.unknownEnterprises);
        }
        if (!e.industryPrefixes().isEmpty()) {
            c.add(b.industry.enterprisesWithAny(e.industryPrefixes()), null, b.industry.unknownEnterprises);
        }
        if (!e.sizes().isEmpty()) {
            BitSet sure = new BitSet();
            for (EnterpriseSize s : e.sizes()) {
                sure.or(b.sizeEnterprises[s.ordinal()]);
            }
            c.add(sure, null, b.sizeUnknownEnterprises);
        }
        if (e.employees() != null) {
            b.employees.enterprises(c, e.employees().min(), e.employees().max(), null, null);
        }
        if (e.annualRevenue() != null) {
            b.revenue.enterprises(c, null, null, e.annualRevenue().min(), e.annualRevenue().max());
        }
        if (e.yearsSinceFounding() != null) {
            b.years.enterprises(c, e.yearsSinceFounding().min(), e.yearsSinceFounding().max(), null, null);
        }
        if (!e.requiredQualifications().isEmpty()) {
            BitSet sure = (BitSet) all.clone();
            for (QualificationType q : e.requiredQualifications()) {
                sure.and(b.qualificationEnterprises[q.ordinal()]);
            }
            c.add(sure, null, null);
        }
        if (!e.excludedQualifications().isEmpty()) {
            BitSet sure = (BitSet) all.clone();
            for (QualificationType q : e.excludedQualifications()) {
                sure.andNot(b.qualificationEnterprises[q.ordinal()]);
            }
            c.add(sure, null, null);
        }
        if (!e.requiredTags().isEmpty()) {
            BitSet sure = (BitSet) all.clone();
            for (String t : e.requiredTags()) {
                sure.and(b.tagEnterprises.getOrDefault(t, NONE));
            }
            c.add(sure, null, null);
        }
        if (!e.excludedTags().isEmpty()) {
            BitSet sure = (BitSet) all.clone();
            for (String t : e.excludedTags()) {
                sure.andNot(b.tagEnterprises.getOrDefault(t, NONE));
            }
            c.add(sure, null, null);
        }
        return c;
    }

    // ---------------------------------------------------------------- enterprise → policies

    private Combiner policyCandidates(Facts f, boolean trackFailures) {
        Bits b = bits;
        BitSet all = b.policiesInForce;
        Combiner c = new Combiner(all, trackFailures);
        b.region.policies(c, f.region, all);
        b.industry.policies(c, f.industry, all);
        if (f.size == null) {
            c.add(b.sizeFreePolicies, null, minus(all, b.sizeFreePolicies));
        } else {
            c.add(union(b.sizeFreePolicies, b.sizePolicies[f.size.ordinal()]), null, null);
        }
        b.employees.policies(c, f.employees == null ? -1 : EMPLOYEE_BUCKETS.of(f.employees), all);
        b.revenue.policies(c, f.revenue == null ? -1 : REVENUE_BUCKETS.of(f.revenue), all);
        b.years.policies(c, f.years == null ? -1 : YEAR_BUCKETS.of(f.years), all);
        BitSet failing = new BitSet();
        for (QualificationType q : QUALIFICATIONS) {
            if (!f.holds(q)) {
                failing.or(b.requiringQualification[q.ordinal()]);
            }
        }
        c.add(minus(all, failing), null, null);
        failing = new BitSet();
        for (QualificationType q : QUALIFICATIONS) {
            if (f.holds(q)) {
                failing.or(b.excludingQualification[q.ordinal()]);
            }
        }
        c.add(minus(all, failing), null, null);
        failing = new BitSet();
        for (Map.Entry<String, BitSet> required : b.requiringTag.entrySet()) {
            if (!f.tags.contains(required.getKey())) {
                failing.or(required.getValue());
            }
        }
        c.add(minus(all, failing), null, null);
        failing = new BitSet();
        for (String t : f.tags) {
            BitSet excluding = b.excludingTag.get(t);
            if (excluding != null) {
                failing.or(excluding);
            }
        }
        c.add(minus(all, failing), null, null);
        return c;
    }

    // ---------------------------------------------------------------- maintenance

    private void addEnterpriseBits(int s, Facts f) {
        setEnterpriseBits(s, f, true);
    }

    private void removeEnterpriseBits(int s, Facts f) {
        setEnterpriseBits(s, f, false);
    }

    private void setEnterpriseBits(int s, Facts f, boolean on) {
        Bits b = bits;
        enterpriseSlots.all.set(s, on);
        b.region.enterprise(s, f.region, on);
        b.industry.enterprise(s, f.industry, on);
        if (f.size == null) {
            b.sizeUnknownEnterprises.set(s, on);
        } else {
            b.sizeEnterprises[f.size.ordinal()].set(s, on);
        }
        b.employees.enterprise(s, f.employees == null ? -1 : EMPLOYEE_BUCKETS.of(f.employees), on);
        b.revenue.enterprise(s, f.revenue == null ? -1 : REVENUE_BUCKETS.of(f.revenue), on);
        b.years.enterprise(s, f.years == null ? -1 : YEAR_BUCKETS.of(f.years), on);
        for (QualificationType q : QUALIFICATIONS) {
            if (f.holds(q)) {
                b.qualificationEnterprises[q.ordinal()].set(s, on);
            }
        }
        for (String t : f.tags) {
            flip(b.tagEnterprises, t, s, on);
        }
    }

    private void addPolicyBits(int s, Eligibility e) {
        setPolicyBits(s, e, true);
    }

    private void removePolicyBits(int s, Eligibility e) {
        setPolicyBits(s, e, false);
    }

    private void setPolicyBits(int s, Eligibility e, boolean on) {
        policySlots.all.set(s, on);
        if (e == null) {
            return; // not in force on this date: in no answer
        }
        Bits b = bits;
        b.policiesInForce.set(s, on);
        b.region.policy(s, e.regionPrefixes(), on);
        b.industry.policy(s, e.industryPrefixes(), on);
        if (e.sizes().isEmpty()) {
            b.sizeFreePolicies.set(s, on);
        }
        for (EnterpriseSize size : e.sizes()) {
            b.sizePolicies[size.ordinal()].set(s, on);
        }
        IntRange employees = e.employees();
        b.employees.policy(s, employees == null, employees == null ? null : employees.min(),
                employees == null ? null : employees.max(), null, null, on);
        DecimalRange revenue = e.annualRevenue();
        b.revenue.policy(s, revenue == null, null, null, revenue == null ? null : revenue.min(),
                revenue == null ? null : revenue.max(), on);
        IntRange years = e.yearsSinceFounding();
        b.years.policy(s, years == null, years == null ? null : years.min(), years == null ? null : years.max(),
                null, null, on);
        for (QualificationType q : e.requiredQualifications()) {
            b.requiringQualification[q.ordinal()].set(s, on);
        }
        for (QualificationType q : e.excludedQualifications()) {
            b.excludingQualification[q.ordinal()].set(s, on);
        }
        for (String t : e.requiredTags()) {
            flip(b.requiringTag, t, s, on);
        }
        for (String t : e.excludedTags()) {
            flip(b.excludingTag, t, s, on);
        }
    }

    /** Sets or clears bit {@code s} of the set under {@code key}, dropping sets that become empty. */
    private static void flip(Map<String, BitSet> map, String key, int s, boolean on) {
        if (on) {
            map.computeIfAbsent(key, k -> new BitSet()).set(s);
        } else {
            BitSet bs = map.get(key);
            if (bs != null) {
                bs.clear(s);
                if (bs.isEmpty()) {
                    map.remove(key);
                }
            }
        }
    }

    static BitSet union(BitSet a, BitSet b) {
        BitSet u = (BitSet) a.clone();
        u.or(b);
        return u;
    }

    static BitSet minus(BitSet a, BitSet b) {
        BitSet d = (BitSet) a.clone();
        d.andNot(b);
        return d;
    }

    static long bytes(BitSet bs) {
        return 40L + bs.size() / 8;
    }

    // ---------------------------------------------------------------- parts

    /** Dense slots for long ids, reused after removal. */
    private static final class Slots {
        final Map<Long, Integer> slots = new HashMap<>();
        final BitSet all = new BitSet();
        long[] ids = new long[64];
        int[] free = new int[16];
        int freeCount;
        int end;

        int slotOf(long id) {
            Integer s = slots.get(id);
            return s == null ? -1 : s;
        }

        int allocate(long id) {
            int s = freeCount > 0 ? free[--freeCount] : end++;
            if (s >= ids.length) {
                ids = Arrays.copyOf(ids, Math.max(s + 1, ids.length * 2));
            }
            ids[s] = id;
            slots.put(id, s);
            return s;
        }

        void free(long id, int s) {
            slots.remove(id);
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, free.length * 2);
            }
            free[freeCount++] = s;
        }

        int size() {
            return slots.size();
        }

        long[] ids(BitSet slotSet) {
            long[] out = new long[slotSet.cardinality()];
            int i = 0;
            for (int s = slotSet.nextSetBit(0); s >= 0; s = slotSet.nextSetBit(s + 1)) {
                out[i++] = ids[s];
            }
            Arrays.sort(out);
            return out;
        }

        /** The slots of the set whose ids are the {@code limit} smallest, in ascending order of id. */
        int[] firstById(BitSet slotSet, int limit) {
            return slotSet.stream().boxed().sorted(Comparator.comparingLong(s -> ids[s])).limit(Math.max(limit, 0))
                    .mapToInt(Integer::intValue).toArray();
        }

        long estimatedBytes() {
            return bytes(all) + 16L + 8L * ids.length + 4L * free.length + 64L + 56L * slots.size();
        }
    }

    /**
     * Intersects, condition by condition, the slots that surely meet it, may meet it, or are unknown for it, then
     * decides the "may" ones exactly. Never changes the sets it is given.
     */
    private static final class Combiner {
        final BitSet universe;
        final BitSet sure;
        final BitSet okOrUnknown;
        final BitSet candidates;
        BitSet unknown;
        /** slots that surely fail at least one, and at least two, conditions (near misses only) */
        final BitSet failsOne;
        final BitSet failsTwo;

        Combiner(BitSet universe, boolean trackFailures) {
            this.universe = universe;
            sure = (BitSet) universe.clone();
            okOrUnknown = (BitSet) universe.clone();
            candidates = (BitSet) universe.clone();
            failsOne = trackFailures ? new BitSet() : null;
            failsTwo = trackFailures ? new BitSet() : null;
        }

        /** One condition: {@code sure} meet it, {@code maybe} (may be null) might, {@code unknown} (may be null) lack the value. */
        void add(BitSet sureMeet, BitSet maybe, BitSet unknownValue) {
            BitSet ok = unknownValue == null ? sureMeet : union(sureMeet, unknownValue);
            BitSet possible = maybe == null ? ok : union(ok, maybe);
            sure.and(sureMeet);
            okOrUnknown.and(ok);
            candidates.and(possible);
            if (failsOne != null) {
                BitSet fails = minus(universe, possible);
                BitSet again = (BitSet) failsOne.clone();
                again.and(fails);
                failsTwo.or(again);
                failsOne.or(fails);
            }
        }

        /** Decides every slot: {@link #sure} becomes the eligible ones, {@link #unknown} the unknown ones. */
        void resolve(IntUnaryOperator tally) {
            unknown = minus(okOrUnknown, sure);
            BitSet check = minus(candidates, okOrUnknown);
            for (int s = check.nextSetBit(0); s >= 0; s = check.nextSetBit(s + 1)) {
                int t = tally.applyAsInt(s);
                if (Conditions.failed(t) == 0) {
                    (t == 0 ? sure : unknown).set(s);
                }
            }
        }

        /** The slots failing exactly one condition. */
        BitSet nearMisses(IntUnaryOperator tally) {
            resolve(tally);
            BitSet maybeNear = minus(universe, failsTwo);
            maybeNear.andNot(sure);
            maybeNear.andNot(unknown);
            BitSet near = new BitSet();
            for (int s = maybeNear.nextSetBit(0); s >= 0; s = maybeNear.nextSetBit(s + 1)) {
                if (Conditions.failed(tally.applyAsInt(s)) == 1) {
                    near.set(s);
                }
            }
            return near;
        }
    }

    /** Region or industry codes, matched by prefix. */
    private static final class PrefixDimension {
        final Map<String, BitSet> enterprisesByPrefix = new HashMap<>();
        final BitSet unknownEnterprises = new BitSet();
        final BitSet freePolicies = new BitSet();
        final Map<String, BitSet> policiesByPrefix = new HashMap<>();

        void enterprise(int s, String code, boolean on) {
            if (code == null) {
                unknownEnterprises.set(s, on);
                return;
            }
            for (int i = 1; i <= code.length(); i++) {
                flip(enterprisesByPrefix, code.substring(0, i), s, on);
            }
        }

        void policy(int s, Set<String> prefixes, boolean on) {
            if (prefixes.isEmpty()) {
                freePolicies.set(s, on);
            }
            for (String p : prefixes) {
                flip(policiesByPrefix, p, s, on);
            }
        }

        BitSet enterprisesWithAny(Set<String> prefixes) {
            BitSet out = new BitSet();
            for (String p : prefixes) {
                BitSet bs = enterprisesByPrefix.get(p);
                if (bs != null) {
                    out.or(bs);
                }
            }
            return out;
        }

        void policies(Combiner c, String code, BitSet inForce) {
            if (code == null) {
                c.add(freePolicies, null, minus(inForce, freePolicies));
                return;
            }
            BitSet sure = (BitSet) freePolicies.clone();
            for (int i = 1; i <= code.length(); i++) {
                BitSet bs = policiesByPrefix.get(code.substring(0, i));
                if (bs != null) {
                    sure.or(bs);
                }
            }
            c.add(sure, null, null);
        }

        long estimatedBytes() {
            long bytes = bytes(unknownEnterprises) + bytes(freePolicies);
            for (Map.Entry<String, BitSet> e : enterprisesByPrefix.entrySet()) {
                bytes += 96 + bytes(e.getValue());
            }
            for (Map.Entry<String, BitSet> e : policiesByPrefix.entrySet()) {
                bytes += 96 + bytes(e.getValue());
            }
            return bytes;
        }
    }

    /** A numeric attribute in buckets. */
    private static final class NumericDimension {
        final Buckets buckets;
        final BitSet[] enterprisesInBucket;
        final BitSet unknownEnterprises = new BitSet();
        final BitSet freePolicies = new BitSet();
        final BitSet[] policiesCovering;
        final BitSet[] policiesTouching;

        NumericDimension(Buckets buckets) {
            this.buckets = buckets;
            enterprisesInBucket = newBitSets(buckets.count());
            policiesCovering = newBitSets(buckets.count());
            policiesTouching = newBitSets(buckets.count());
        }

        void enterprise(int s, int bucket, boolean on) {
            (bucket < 0 ? unknownEnterprises : enterprisesInBucket[bucket]).set(s, on);
        }

        void policy(int s, boolean free, Integer min, Integer max, BigDecimal dmin, BigDecimal dmax, boolean on) {
            if (free) {
                freePolicies.set(s, on);
                return;
            }
            for (int b = 0; b < buckets.count(); b++) {
                boolean decimal = dmin != null || dmax != null;
                if (decimal ? buckets.covers(b, dmin, dmax) : buckets.covers(b, min, max)) {
                    policiesCovering[b].set(s, on);
                }
                if (decimal ? buckets.touches(b, dmin, dmax) : buckets.touches(b, min, max)) {
                    policiesTouching[b].set(s, on);
                }
            }
        }

        void enterprises(Combiner c, Integer min, Integer max, BigDecimal dmin, BigDecimal dmax) {
            boolean decimal = dmin != null || dmax != null;
            BitSet sure = new BitSet();
            BitSet maybe = new BitSet();
            for (int b = 0; b < buckets.count(); b++) {
                if (decimal ? buckets.covers(b, dmin, dmax) : buckets.covers(b, min, max)) {
                    sure.or(enterprisesInBucket[b]);
                } else if (decimal ? buckets.touches(b, dmin, dmax) : buckets.touches(b, min, max)) {
                    maybe.or(enterprisesInBucket[b]);
                }
            }
            c.add(sure, maybe, unknownEnterprises);
        }

        void policies(Combiner c, int bucket, BitSet inForce) {
            if (bucket < 0) {
                c.add(freePolicies, null, minus(inForce, freePolicies));
            } else {
                c.add(union(freePolicies, policiesCovering[bucket]), policiesTouching[bucket], null);
            }
        }

        long estimatedBytes() {
            long bytes = bytes(unknownEnterprises) + bytes(freePolicies);
            for (int b = 0; b < buckets.count(); b++) {
                bytes += bytes(enterprisesInBucket[b]) + bytes(policiesCovering[b]) + bytes(policiesTouching[b]);
            }
            return bytes;
        }
    }

    /** Every bitset of the index, for one date. */
    private static final class Bits {
        final PrefixDimension region = new PrefixDimension();
        final PrefixDimension industry = new PrefixDimension();
        final BitSet[] sizeEnterprises = newBitSets(SIZES);
        final BitSet sizeUnknownEnterprises = new BitSet();
        final BitSet sizeFreePolicies = new BitSet();
        final BitSet[] sizePolicies = newBitSets(SIZES);
        final NumericDimension employees = new NumericDimension(EMPLOYEE_BUCKETS);
        final NumericDimension revenue = new NumericDimension(REVENUE_BUCKETS);
        final NumericDimension years = new NumericDimension(YEAR_BUCKETS);
        final BitSet[] qualificationEnterprises = newBitSets(QUALIFICATIONS.length);
        final BitSet[] requiringQualification = newBitSets(QUALIFICATIONS.length);
        final BitSet[] excludingQualification = newBitSets(QUALIFICATIONS.length);
        final Map<String, BitSet> tagEnterprises = new HashMap<>();
        final Map<String, BitSet> requiringTag = new HashMap<>();
        final Map<String, BitSet> excludingTag = new HashMap<>();
        final BitSet policiesInForce = new BitSet();

        long estimatedBytes() {
            long bytes = region.estimatedBytes() + industry.estimatedBytes() + employees.estimatedBytes()
                    + revenue.estimatedBytes() + years.estimatedBytes();
            bytes += bytes(sizeUnknownEnterprises) + bytes(sizeFreePolicies) + bytes(policiesInForce);
            for (BitSet[] group : List.of(sizeEnterprises, sizePolicies, qualificationEnterprises,
                    requiringQualification, excludingQualification)) {
                for (BitSet bs : group) {
                    bytes += bytes(bs);
                }
            }
            for (Map<String, BitSet> map : List.of(tagEnterprises, requiringTag, excludingTag)) {
                for (BitSet bs : map.values()) {
                    bytes += 96 + bytes(bs);
                }
            }
            return bytes;
        }
    }

    private static BitSet[] newBitSets(int n) {
        BitSet[] out = new BitSet[n];
        for (int i = 0; i < n; i++) {
            out[i] = new BitSet();
        }
        return out;
    }
}

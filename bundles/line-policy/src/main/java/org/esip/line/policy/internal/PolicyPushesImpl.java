package org.esip.line.policy.internal;

import static org.esip.line.policy.internal.PolicyServiceLine.TEXTS;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

import org.esip.core.api.NotFoundException;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyPushes;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.line.policy.api.PushProgress;
import org.esip.line.policy.api.PushReport;
import org.esip.notification.api.NotificationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes in the background: publishing (or changing a published policy) updates the matching for that policy,
 * records a run (who is to be told) and answers; a single worker then sends the pushes a batch at a time, each
 * batch's push records written together (JDBC batch) before its notifications go out, so a push is never sent
 * twice, even when the node stops midway (the run is resumed, by this node at its restart or by another once the
 * claim lapses) or two nodes share the database (a run is claimed by one node at a time; the primary key of
 * POLICY_PUSH is the last word).
 */
@Component(service = {PolicyPushes.class, PolicyListener.class}, configurationPid = PolicyLineConfig.PID)
public class PolicyPushesImpl implements PolicyPushes, PolicyListener {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyPushesImpl.class);
    /** Enterprises per batch: one statement reads their weekly counts, one JDBC batch writes their pushes. */
    static final int BATCH = 500;
    /** How long a run stays claimed by its node without progress; another node then takes it over. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    /** The topic of the notices of pushes. */
    static final String TOPIC = "policy.push";
    private final EntityManagerFactory emf;
    private final PolicyMatching matching;
    private final NotificationService notifications;
    private final PolicyService policies;
    private volatile int perWeek;
    private final Clock clock = Clock.systemUTC();
    private final String node = "node-" + UUID.randomUUID();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "esip-policy-pushes");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public PolicyPushesImpl(@Reference(target = "(osgi.unit.name=esip-policy)") EntityManagerFactory emf,
            @Reference PolicySchema schema, @Reference PolicyMatching matching,
            @Reference NotificationService notifications,
            @Reference PolicyService policies, PolicyLineConfig config) {
        this.emf = emf;
        this.matching = matching;
        this.notifications = notifications;
        this.policies = policies;
        modified(config);
        // Runs left unfinished (this node stopped, or another one did): picked up now and every minute.
        worker.scheduleWithFixedDelay(this::resumeOpenRuns, 5, 60, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }

    /** A new weekly push limit applies to the next push. */
    @Modified
    void modified(PolicyLineConfig config) {
        this.perWeek = config.pushesPerWeek();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    @Override
    public void changed(Policy before, Policy after) {
        // Published, or a published policy changed: its matching re-runs (for this policy only) and newly eligible
        // enterprises hear of it in the background (never twice: those already told are skipped).
        if (after.status() == PolicyStatus.PUBLISHED) {
            if (matching instanceof PolicyListener m) {
                m.changed(before, after); // before the reach is read, whichever listener is told first
            }
            queue(after.id());
        }
    }

    /** Records the run (who is to be told, known now) and hands it to the worker. */
    void queue(long policyId) {
        start(policyId);
        worker.execute(() -> runSafely(policyId));
    }

    /** Records a new run of the policy's pushes: how many are to be pushed, none done yet. */
    void start(long policyId) {
        List<Long> eligible = matching.reachOf(policyId).eligible();
        LocalDateTime now = now();
        UnitOfWork.run(emf, em -> {
            long told = em.createQuery("SELECT COUNT(x) FROM PushEntity x WHERE x.policyId = :p", Long.class)
                    .setParameter("p", policyId).getSingleResult();
            PushRunEntity run = em.find(PushRunEntity.class, policyId);
            if (run == null) {
                run = new PushRunEntity();
                run.policyId = policyId;
                em.persist(run);
            }
            // An estimate until the worker knows exactly who was told before (enterprises no longer eligible may
            // have been); the worker corrects it.
            run.toPush = (int) Math.max(0, eligible.size() - told);
            run.pushed = 0;
            run.startedAt = now;
            run.finishedAt = null;
        });
    }

    void resumeOpenRuns() {
        try {
            List<Long> open = UnitOfWork.read(emf, em -> em.createQuery("SELECT r.policyId FROM PushRunEntity r"
                    + " WHERE r.finishedAt IS NULL AND (r.claimedUntil IS NULL OR r.claimedUntil < :now"
                    + " OR r.claimedBy = :me) ORDER BY r.startedAt", Long.class)
                    .setParameter("now", now()).setParameter("me", node).getResultList());
            open.forEach(this::runSafely);
        } catch (RuntimeException e) {
            LOG.warn("Looking for unfinished policy pushes failed", e);
        }
    }

    void runSafely(long policyId) {
        try {
            run(policyId);
        } catch (RuntimeException e) {
            LOG.error("Pushing policy #{} stopped; it is resumed within a few minutes", policyId, e);
            release(policyId);
        }
    }

    /** Takes the run unless another node holds it; false when it is done or held. */
    boolean claim(EntityManager em, long policyId) {
        LocalDateTime now = now();
        return em.createQuery("UPDATE PushRunEntity r SET r.claimedBy = :me, r.claimedUntil = :until"
                + " WHERE r.policyId = :p AND r.finishedAt IS NULL AND (r.claimedBy IS NULL OR r.claimedBy = :me"
                + " OR r.claimedUntil < :now)").setParameter("me", node).setParameter("until", now.plus(CLAIM))
                .setParameter("p", policyId).setParameter("now", now).executeUpdate() == 1;
    }

    private void release(long policyId) {
        try {
            UnitOfWork.run(emf, em -> em.createQuery("UPDATE PushRunEntity r SET r.claimedBy = NULL,"
                    + " r.claimedUntil = NULL WHERE r.policyId = :p AND r.claimedBy = :me")
                    .setParameter("p", policyId).setParameter("me", node).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warn("Releasing the pushes of policy #{} failed; the claim lapses by itself", policyId, e);
        }
    }

    /** Pushes the policy to every eligible enterprise not yet told of it, a batch at a time. */
    void run(long policyId) {
        if (!UnitOfWork.write(emf, em -> claim(em, policyId))) {
            return;
        }
        Policy p = policies.get(policyId);
        List<Long> remaining = new ArrayList<>();
        if (p.status() == PolicyStatus.PUBLISHED) {
            Set<Long> told = new HashSet<>(UnitOfWork.read(emf, em -> em.createQuery("SELECT x.enterpriseId FROM"
                    + " PushEntity x WHERE x.policyId = :p", Long.class).setParameter("p", policyId).getResultList()));
            for (long e : matching.reachOf(policyId).eligible()) {
                if (!told.contains(e)) {
                    remaining.add(e);
                }
            }
        }
        Object[] begun = UnitOfWork.write(emf, em -> {
            PushRunEntity run = em.find(PushRunEntity.class, policyId);
            run.toPush = run.pushed + remaining.size();
            return new Object[] {run.pushed, run.startedAt};
        });
        int sent = 0;
        int held = 0;
        for (int from = 0; from < remaining.size(); from += BATCH) {
            List<PushEntity> batch = pushBatch(p, remaining.subList(from, Math.min(remaining.size(), from + BATCH)));
            for (PushEntity x : batch) {
                if (PushEntity.SENT.equals(x.outcome)) {
                    sent++;
                } else {
                    held++;
                }
            }
        }
        LOG.info("Policy #{} pushed to {} enterprise(s); {} held back by the weekly cap of {} ({} done before)",
                policyId, sent, held, perWeek, begun[0]);
        // Done, unless the policy was changed (queued again) meanwhile: then those newly eligible are next.
        int finished = UnitOfWork.write(emf, em -> em.createQuery("UPDATE PushRunEntity r SET r.finishedAt = :now,"
                + " r.claimedBy = NULL, r.claimedUntil = NULL WHERE r.policyId = :p AND r.startedAt = :started")
                .setParameter("now", now()).setParameter("p", policyId).setParameter("started", begun[1])
                .executeUpdate());
        if (finished == 0) {
            run(policyId);
        }
    }

    /**
     * One batch: the pushes are recorded first (one transaction, one JDBC batch, the run's progress with them;
     * the primary key refuses a push made twice), then the notifications go out and their ids are recorded. A
     * stop between the two loses this batch's notifications rather than sending them twice.
     */
    List<PushEntity> pushBatch(Policy p, List<Long> enterpriseIds) {
        LocalDateTime now = now();
        Map<Long, Long> thisWeek = new HashMap<>();
        UnitOfWork.read(emf, em -> em.createQuery("SELECT x.enterpriseId, COUNT(x) FROM PushEntity x WHERE"
                + " x.enterpriseId IN :e AND x.outcome = :sent AND x.pushedAt > :since GROUP BY x.enterpriseId",
                Object[].class).setParameter("e", enterpriseIds).setParameter("sent", PushEntity.SENT)
                .setParameter("since", now.minusDays(7)).getResultList())
                .forEach(row -> thisWeek.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        List<PushEntity> batch = new ArrayList<>();
        for (long enterpriseId : enterpriseIds) {
            PushEntity x = new PushEntity();
            x.policyId = p.id();
            x.enterpriseId = enterpriseId;
            x.pushedAt = now;
            x.outcome = thisWeek.getOrDefault(enterpriseId, 0L) >= perWeek ? PushEntity.HELD_BACK : PushEntity.SENT;
            batch.add(x);
        }
        UnitOfWork.run(emf, em -> {
            if (!claim(em, p.id())) {
                throw new IllegalStateException("policy #" + p.id() + ": another node took the pushes over");
            }
            batch.forEach(em::persist);
            em.createQuery("UPDATE PushRunEntity r SET r.pushed = r.pushed + :n WHERE r.policyId = :p")
                    .setParameter("n", batch.size()).setParameter("p", p.id()).executeUpdate();
        });
        Map<Long, Long> notificationIds = new HashMap<>();
        String benefit = p.benefit() == null ? "" : p.benefit();
        // 免申即享: the enterprise only confirms its intent.
        String body = p.handlingMode() == BenefitRoute.EXEMPT ? "notice.push.exempt" : "notice.push";
        String titleZh = TEXTS.zh("notice.push.title", p.title());
        String titleEn = TEXTS.en("notice.push.title", p.title());
        String bodyZh = TEXTS.zh(body, p.title(), p.issuer(), benefit, p.id());
        String bodyEn = TEXTS.en(body, p.title(), p.issuer(), benefit, p.id());
        try {
            // the whole batch's notices in one transaction of the core's notifications (issue 16)
            List<Long> toTell = batch.stream().filter(x -> PushEntity.SENT.equals(x.outcome)).map(x -> x.enterpriseId)
                    .toList();
            if (!toTell.isEmpty()) {
                notifications.sendToEach(toTell, TOPIC, titleZh, titleEn, bodyZh, bodyEn)
                        .forEach((enterpriseId, n) -> notificationIds.put(enterpriseId, n.id()));
            }
        } finally {
            // Those sent are linked to their push even when the batch stops midway.
            if (!notificationIds.isEmpty()) {
                UnitOfWork.run(emf, em -> em.createQuery("SELECT x FROM PushEntity x WHERE x.policyId = :p AND"
                        + " x.enterpriseId IN :e", PushEntity.class).setParameter("p", p.id())
                        .setParameter("e", new ArrayList<>(notificationIds.keySet())).getResultList()
                        .forEach(x -> x.notificationId = notificationIds.get(x.enterpriseId)));
            }
        }
        return batch;
    }

    /**
     * {@link #reportOf} for many policies in a fixed number of statements, whatever the number of policies and pushes:
     * the pushes counted by policy and outcome, the reads among the read notices of pushes (the core names those,
     * few beside the pushes), the applications of enterprises pushed to by a join; nothing read row by row (issue 16:
     * at a million pushes the dashboard's funnel read every push and every notice, over a minute).
     *
     * @param eligible how many enterprises each policy reaches
     */
    List<PushReport> reportsOf(List<Long> policyIds, ToLongFunction<Long> eligible) {
        // one policy: its rows alone; many (every published one): every row, grouped, which is less than a long IN list
        String only = policyIds.size() == 1 ? " AND x.policyId = :p" : "";
        Map<Long, long[]> counts = new HashMap<>(); // pushed, held back, read, applied
        List<Long> read = notifications.readOf(TOPIC);
        UnitOfWork.read(emf, em -> {
            count(em, "SELECT x.policyId, x.outcome, COUNT(x) FROM PushEntity x WHERE x.outcome IS NOT NULL" + only
                    + " GROUP BY x.policyId, x.outcome", policyIds, null, (c, row) -> c[PushEntity.SENT.equals(row[1])
                            ? 0 : 1] += ((Number) row[2]).longValue(), counts);
            for (int from = 0; from < read.size(); from += 1_000) {
                count(em, "SELECT x.policyId, COUNT(x) FROM PushEntity x WHERE x.notificationId IN :n" + only
                        + " GROUP BY x.policyId", policyIds, read.subList(from, Math.min(read.size(), from + 1_000)),
                        (c, row) -> c[2] += ((Number) row[1]).longValue(), counts);
            }
            count(em, "SELECT x.policyId, COUNT(a) FROM ApplicationEntity a, PushEntity x WHERE a.policyId = x.policyId"
                    + " AND a.enterpriseId = x.enterpriseId AND x.outcome = '" + PushEntity.SENT + "'" + only
                    + " GROUP BY x.policyId", policyIds, null, (c, row) -> c[3] += ((Number) row[1]).longValue(),
                    counts);
            return null;
        });
        List<PushReport> reports = new ArrayList<>();
        for (long policyId : policyIds) {
            long[] c = counts.getOrDefault(policyId, new long[4]);
            reports.add(new PushReport(policyId, eligible.applyAsLong(policyId), c[0], c[1], c[2], c[3],
                    c[0] == 0 ? null : (double) c[2] / c[0], c[0] == 0 ? null : (double) c[3] / c[0]));
        }
        return reports;
    }

    /** The ids of the published policies, in order. */
    List<Long> publishedPolicyIds() {
        return UnitOfWork.read(emf, em -> em.createQuery("SELECT p.id FROM PolicyEntity p WHERE p.status = :s"
                + " ORDER BY p.id", Long.class).setParameter("s", PolicyStatus.PUBLISHED).getResultList());
    }

    /** Adds the rows of a grouped count (the policy first) to {@code counts}. */
    private static void count(EntityManager em, String jpql, List<Long> policyIds, List<Long> notices,
            BiConsumer<long[], Object[]> add, Map<Long, long[]> counts) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        if (policyIds.size() == 1) {
            q.setParameter("p", policyIds.get(0));
        }
        if (notices != null) {
            q.setParameter("n", notices);
        }
        for (Object[] row : q.getResultList()) {
            add.accept(counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[4]), row);
        }
    }

    @Override
    public PushProgress progressOf(long policyId) {
        policies.get(policyId); // 404 for a policy that does not exist
        PushRunEntity run = UnitOfWork.read(emf, em -> em.find(PushRunEntity.class, policyId));
        if (run == null) {
            return new PushProgress(policyId, 0, 0, false, null, null);
        }
        return new PushProgress(policyId, run.toPush, run.pushed, run.finishedAt != null,
                run.startedAt.toInstant(ZoneOffset.UTC),
                run.finishedAt == null ? null : run.finishedAt.toInstant(ZoneOffset.UTC));
    }

    @Override
    public PushReport reportOf(long policyId) {
        return reportsOf(List.of(policyId), id -> {
            if (matching instanceof PolicyMatchingImpl m) {
                return m.reachCounts(id)[0]; // a count from the index, no list of ids
            }
            try {
                return matching.reachOf(id).eligible().size();
            } catch (NotFoundException e) {
                return 0;
            }
        }).get(0);
    }
}

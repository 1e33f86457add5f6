package org.esip.line.policy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.esip.line.kit.UnitOfWork;
import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyCategory;
import org.esip.line.policy.api.PolicyLevel;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatus;
import org.esip.line.policy.api.PushProgress;
import org.esip.notification.api.Notification;
import org.esip.notification.api.NotificationService;
import org.flywaydb.core.Flyway;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The background pushes of one policy on the line's own tables (in-memory Derby, the line's migrations): every
 * eligible enterprise is told once, a run stopped midway is resumed by another node without telling anyone twice,
 * a run held by one node is left alone by another, and a run done again tells nobody new.
 */
public class PushRunTest {
    private static final long POLICY = 1;
    private static final int ENTERPRISES = 1_234; // three batches, the last one short

    private EmbeddedDataSource dataSource;
    private EntityManagerFactory emf;
    private final List<Long> eligible = new ArrayList<>(LongStream.rangeClosed(1, ENTERPRISES).boxed().toList());
    /** Notifications sent, per enterprise. */
    private final Map<Long, AtomicInteger> told = new ConcurrentHashMap<>();
    /** The notification service fails from this send on (a node stopping midway), -1: never. */
    private final AtomicInteger failFrom = new AtomicInteger(-1);
    private final AtomicInteger sends = new AtomicInteger();
    private final List<PolicyPushesImpl> nodes = new ArrayList<>();

    @Before
    public void database() throws SQLException {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:policy-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        Flyway.configure().dataSource(dataSource).locations("classpath:org/esip/line/policy/db").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO POLICY (ID, TITLE, ISSUER, POLICY_LEVEL, REGION_CODE, CATEGORY, STATUS,"
                    + " HANDLING_MODE, CREATED_AT, VERSION) VALUES (" + POLICY + ", '瓯海区规上工业企业培育奖励',"
                    + " '瓯海区经济和信息化局', 'COUNTY', '330304', 'DIGITAL_TRANSFORMATION', 'PUBLISHED',"
                    + " 'ONLINE_APPLICATION', CURRENT_TIMESTAMP, 1)");
        }
        emf = Persistence.createEntityManagerFactory("esip-policy", Map.of("javax.persistence.nonJtaDataSource",
                dataSource, "eclipselink.logging.level", "SEVERE"));
    }

    @After
    public void close() {
        nodes.forEach(PolicyPushesImpl::deactivate);
        emf.close();
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(dataSource.getDatabaseName());
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            // dropping answers with an exception
        } catch (SQLException expected) {
            // gone
        }
    }

    @Test
    public void everyEligibleEnterpriseIsToldOnceAndTheProgressSaysDone() {
        PolicyPushesImpl node = node();
        node.start(POLICY);
        assertEquals(new PushProgress(POLICY, ENTERPRISES, 0, false, node.progressOf(POLICY).startedAt(), null),
                node.progressOf(POLICY));
        node.run(POLICY);
        PushProgress p = node.progressOf(POLICY);
        assertEquals(ENTERPRISES, p.toPush());
        assertEquals(ENTERPRISES, p.pushed());
        assertTrue(p.done());
        assertEquals(ENTERPRISES, told.size());
        assertTrue(told.values().stream().allMatch(n -> n.get() == 1));
        assertEquals(ENTERPRISES, count("SELECT COUNT(*) FROM POLICY_PUSH WHERE POLICY_ID = 1 AND OUTCOME = 'SENT'"
                + " AND NOTIFICATION_ID IS NOT NULL"));

        // Published again (e.g. changed while published): nobody hears of it twice, newcomers do.
        eligible.add(5_000L);
        node.start(POLICY);
        node.run(POLICY);
        assertEquals(ENTERPRISES + 1, told.size());
        assertTrue(told.values().stream().allMatch(n -> n.get() == 1));
        p = node.progressOf(POLICY);
        assertEquals(1, p.toPush());
        assertEquals(1, p.pushed());
        assertTrue(p.done());
    }

    @Test
    public void aRunStoppedMidwayIsResumedByAnotherNodeWithoutTellingAnyoneTwice() {
        PolicyPushesImpl first = node();
        first.start(POLICY);
        failFrom.set(700); // the node stops in the second batch, after its pushes were recorded
        assertThrows(RuntimeException.class, () -> first.run(POLICY));
        PushProgress stopped = first.progressOf(POLICY);
        assertFalse(stopped.done());
        assertEquals(2 * PolicyPushesImpl.BATCH, stopped.pushed());

        // Another node: the run is still claimed by the first one (which may only be slow) until the claim lapses.
        failFrom.set(-1);
        PolicyPushesImpl second = node();
        second.run(POLICY);
        assertEquals(2 * PolicyPushesImpl.BATCH, second.progressOf(POLICY).pushed());
        UnitOfWork.run(emf, em -> em.createQuery("UPDATE PushRunEntity r SET r.claimedUntil = :past")
                .setParameter("past", LocalDateTime.of(2000, 1, 1, 0, 0)).executeUpdate());
        second.resumeOpenRuns();
        PushProgress resumed = second.progressOf(POLICY);
        assertTrue(resumed.done());
        assertEquals(ENTERPRISES, resumed.pushed());
        assertEquals(ENTERPRISES, resumed.toPush());
        assertTrue("nobody told twice", told.values().stream().allMatch(n -> n.get() == 1));
        assertEquals(ENTERPRISES, count("SELECT COUNT(*) FROM POLICY_PUSH WHERE POLICY_ID = 1"));
        // The batch the first node stopped in was recorded before its notifications: what it had not sent is
        // lost rather than sent twice (at most once), and visible as a push without a notification; what it sent
        // is linked.
        long withoutNotice = count("SELECT COUNT(*) FROM POLICY_PUSH WHERE NOTIFICATION_ID IS NULL");
        // a batch's notices are one transaction of the core's notifications: the stopped batch sent none of them
        assertEquals(PolicyPushesImpl.BATCH, withoutNotice);
        assertEquals(ENTERPRISES - withoutNotice, told.size());

        // Done: running it again tells nobody.
        int before = sends.get();
        second.start(POLICY);
        second.run(POLICY);
        first.runSafely(POLICY);
        assertEquals(before, sends.get());
    }

    @Test
    public void aRunHeldByOneNodeIsLeftAloneByTheOther() {
        PolicyPushesImpl one = node();
        PolicyPushesImpl two = node();
        one.start(POLICY);
        assertTrue(UnitOfWork.write(emf, em -> one.claim(em, POLICY)));
        assertFalse(UnitOfWork.write(emf, em -> two.claim(em, POLICY)));
        two.run(POLICY);
        assertEquals(0, sends.get());
        assertNull(two.progressOf(POLICY).finishedAt());
        one.run(POLICY);
        assertEquals(ENTERPRISES, sends.get());
        assertTrue(two.progressOf(POLICY).done());
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PolicyPushesImpl node() {
        PolicyPushesImpl node = new PolicyPushesImpl(emf, null, matching(), notifications(), policies(), config());
        nodes.add(node);
        node.deactivate(); // no scheduled resumption: the test runs and resumes itself
        return node;
    }

    private static Policy policy() {
        return new Policy(POLICY, "瓯海区规上工业企业培育奖励", "瓯政发〔2026〕77号", "瓯海区经济和信息化局", PolicyLevel.COUNTY,
                "330304", PolicyCategory.DIGITAL_TRANSFORMATION, LocalDate.of(2026, 12, 1), null, null,
                PolicyStatus.PUBLISHED, null, null, null, null, "最高 50 万元", Set.of(),
                BenefitRoute.ONLINE_APPLICATION, List.of(), null, List.of(), null, Instant.now(), 1);
    }

    private PolicyMatching matching() {
        return stub(PolicyMatching.class, (name, args) -> name.equals("reachOf")
                ? new PolicyMatching.PolicyReach(POLICY, eligible, List.of()) : null);
    }

    private PolicyService policies() {
        return stub(PolicyService.class, (name, args) -> name.equals("get") ? policy() : null);
    }

    private NotificationService notifications() {
        return stub(NotificationService.class, (name, args) -> {
            if (!name.equals("sendToEach")) {
                return null;
            }
            // the core writes a batch's notices in one transaction: all of them, or none when the node stops
            @SuppressWarnings("unchecked")
            Collection<Long> enterprises = (Collection<Long>) args[0];
            if (failFrom.get() >= 0 && sends.get() + enterprises.size() > failFrom.get()) {
                throw new IllegalStateException("the node stops");
            }
            Map<Long, Notification> sent = new LinkedHashMap<>();
            for (long enterprise : enterprises) {
                int n = sends.incrementAndGet();
                told.computeIfAbsent(enterprise, e -> new AtomicInteger()).incrementAndGet();
                sent.put(enterprise, new Notification(n, enterprise, null, (String) args[1], (String) args[2],
                        (String) args[3], (String) args[4], (String) args[5], null, Instant.now(), null));
            }
            return sent;
        });
    }

    private interface Answer {
        Object apply(String method, Object[] args);
    }

    private static <T> T stub(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.apply(method.getName(), args)));
    }

    private static PolicyLineConfig config() {
        return new PolicyLineConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PolicyLineConfig.class;
            }

            @Override
            public int pushesPerWeek() {
                return 3;
            }

            @Override
            public int indexMaxAgeMinutes() {
                return 10;
            }

            @Override
            public String pdfFont() {
                return "";
            }
        };
    }
}

package org.esip.notification.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.notification.api.Delivery;
import org.esip.notification.api.NotificationChannel;
import org.esip.notification.api.Recipient;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.esip.registry.internal.EnterpriseServiceImpl;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The retry of undelivered notifications on a real database: what failed goes out again once it is due, and two
 * nodes retrying at the same moment send each message once.
 */
public class NotificationRetryTest {
    private static final Actor STAFF = new Actor("staff1", Set.of(Role.STAFF), null, null, null);
    private InMemoryCore core;
    private EnterpriseServiceImpl enterprises;
    private long enterpriseId;
    /** An SMS gateway that is down until {@link #up} is set, counting what it sent per notification. */
    private final AtomicBoolean up = new AtomicBoolean();
    private final Map<Long, AtomicInteger> sent = new ConcurrentHashMap<>();

    private final NotificationChannel sms = new TestSms((notification, phone) -> {
        if (!up.get()) {
            throw new IllegalStateException("gateway down");
        }
        sent.computeIfAbsent(notification.id(), k -> new AtomicInteger()).incrementAndGet();
    });

    @Before
    public void start() {
        core = new InMemoryCore();
        enterprises = new EnterpriseServiceImpl(core.jpa, core.audit);
        enterpriseId = enterprises.register(STAFF, new EnterpriseRegistration(null,
                UnifiedSocialCreditCode.withCheckCharacter("91330302MA0000003"), "温州龙湾电气有限公司", "330303", null,
                null, "C3443", null, "李经理", "13800000003", null, 12, new BigDecimal("300"), null,
                LocalDate.of(2016, 3, 1), null, null, null)).id();
    }

    @After
    public void stop() throws IOException {
        core.close();
    }

    private NotificationServiceImpl node() {
        NotificationServiceImpl n = new NotificationServiceImpl(core.jpa, enterprises);
        n.addChannel(sms);
        return n;
    }

    /** {@code count} notices whose first attempt failed, made due for their retry now. */
    private List<Long> failedOnce(NotificationServiceImpl node, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(node.send(Recipient.enterprise(enterpriseId), "test", "标题", "Title", "正文", "Body", null).id());
        }
        core.jpa.inTransaction(em -> em.createQuery("UPDATE DeliveryEntity d SET d.nextAttemptAt = :past")
                .setParameter("past", Instant.now().minusSeconds(1)).executeUpdate());
        return ids;
    }

    @Test
    public void aFailedDeliveryGoesOutOnceWhenDue() {
        NotificationServiceImpl node = node();
        long id = failedOnce(node, 1).get(0);
        assertEquals("PENDING", node.deliveries(id).get(0).status());
        up.set(true);
        assertEquals(1, node.retryPending());
        Delivery d = node.deliveries(id).get(0);
        assertEquals("SENT", d.status());
        assertEquals(2, d.attempts());
        assertEquals(0, node.retryPending());
        assertEquals(1, sent.get(id).get());
    }

    @Test
    public void twoNodesRetryingAtOnceSendEachMessageOnce() throws Exception {
        NotificationServiceImpl a = node();
        NotificationServiceImpl b = node();
        List<Long> ids = failedOnce(a, 40);
        up.set(true);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> ra = nodes.submit(() -> {
                go.await();
                return a.retryPending();
            });
            Future<Integer> rb = nodes.submit(() -> {
                go.await();
                return b.retryPending();
            });
            go.countDown();
            assertEquals(40, ra.get() + rb.get());
        } finally {
            nodes.shutdownNow();
        }
        for (long id : ids) {
            assertEquals(1, sent.get(id).get());
            assertEquals("SENT", a.deliveries(id).get(0).status());
            assertEquals(2, a.deliveries(id).get(0).attempts());
        }
        assertTrue(a.retryPending() == 0 && b.retryPending() == 0);
    }
}

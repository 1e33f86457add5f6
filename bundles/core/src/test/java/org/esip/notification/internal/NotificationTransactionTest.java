package org.esip.notification.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.esip.core.api.Actor;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.internal.crypto.EncryptedString;
import org.esip.core.internal.seam.EnterpriseContact;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.notification.api.Delivery;
import org.esip.notification.api.Notification;
import org.esip.notification.api.Recipient;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.esip.registry.internal.EnterpriseServiceImpl;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A notice written inside a step's transaction commits or rolls back with the step (one commit per step, issue 16),
 * and its SMS goes only after the commit, from the node's sender thread, which records the outcome.
 */
public class NotificationTransactionTest {
    private static final Actor STAFF = new Actor("staff1", Set.of(Role.STAFF), null, null, null);
    private InMemoryCore core;
    private NotificationServiceImpl notifications;
    private long enterpriseId;
    /** What the SMS gateway was handed, and whether the notice was committed at that moment. */
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Before
    public void start() {
        core = new InMemoryCore();
        EnterpriseServiceImpl enterprises = new EnterpriseServiceImpl(core.jpa, core.audit);
        notifications = new NotificationServiceImpl(core.jpa, enterprises);
        notifications.addChannel(new TestSms((n, phone) -> {
            // the gateway is handed a notice another reader can already see: it was committed first
            boolean committed = core.jpa.read(em -> em.find(NotificationEntity.class, n.id()) != null);
            sent.add(phone + " " + n.titleZh() + (committed ? " committed" : " NOT COMMITTED"));
        }));
        enterpriseId = enterprises.register(STAFF, new EnterpriseRegistration(null,
                UnifiedSocialCreditCode.withCheckCharacter("91330302MA0000001"), "温州瓯海眼镜有限公司", "330304", null,
                null, "C3587", null, "李经理", "13800000001", null, 30, new BigDecimal("900"), null,
                LocalDate.of(2018, 5, 1), null, null, null)).id();
    }

    @After
    public void stop() throws Exception {
        notifications.deactivate();
        core.close();
    }

    private Notification tell(String title) {
        return notifications.send(Recipient.enterprise(enterpriseId), "t", title, title, "正文", "body", null);
    }

    @Test
    public void aNoticeInsideARolledBackStepIsNeitherKeptNorSent() throws Exception {
        assertThrows(IllegalStateException.class, () -> core.jpa.inTransaction(em -> {
            tell("撤回的步骤");
            throw new IllegalStateException("the step fails after its notice");
        }));
        Notification after = tell("之后的通知");
        awaitSent(after.id());
        assertEquals("only the committed notice is in the inbox", List.of("之后的通知"), inboxTitles());
        assertEquals(List.of("13800000001 之后的通知 committed"), sent);
    }

    @Test
    public void aNoticeInsideAStepCommitsWithItAndIsSentAfterTheCommit() throws Exception {
        AtomicReference<Long> id = new AtomicReference<>();
        core.jpa.inTransaction(em -> {
            id.set(tell("已受理").id());
            assertEquals("nothing is sent before the step commits", List.of(), sent);
            return null;
        });
        awaitSent(id.get());
        assertEquals(List.of("已受理"), inboxTitles());
        assertEquals(List.of("13800000001 已受理 committed"), sent);
        Delivery d = notifications.deliveries(id.get()).get(0);
        assertEquals(1, d.attempts());
    }

    @Test
    public void workAfterACommitRunsOnlyWhenItCommits() {
        List<String> ran = new CopyOnWriteArrayList<>();
        core.jpa.inTransaction(em -> {
            core.jpa.afterCommit(() -> ran.add("committed"));
            assertEquals("not before the commit", List.of(), ran);
            return null;
        });
        assertThrows(IllegalStateException.class, () -> core.jpa.inTransaction(em -> {
            core.jpa.afterCommit(() -> ran.add("rolled back"));
            throw new IllegalStateException("rolled back");
        }));
        core.jpa.afterCommit(() -> ran.add("no transaction: at once"));
        assertEquals(List.of("committed", "no transaction: at once"), ran);
    }

    /**
     * On PostgreSQL a new ticket's notice writes its deliveries from the query {@link EnterpriseContact#reachable}
     * gives, in the ticket's own statement (issue 16). Run here on Derby, it must find what the deliveries of
     * {@code send} find (clause 5.4.1.1: every channel the enterprise can be reached by and did not turn off): the
     * phone for SMS, nothing on a channel whose contact the enterprise left empty or that needs a contact it has no
     * column for, nothing once SMS is turned off.
     */
    @Test
    public void theAddressesWrittenAlongATicketAreThoseASentNoticeReaches_5_4_1_1() throws Exception {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("sms", "phone");
        channels.put("email", "email"); // the enterprise has no e-mail address
        channels.put("wechat", "wechat-id"); // no column keeps such a contact
        assertEquals(Map.of("sms", "13800000001"), reachable(channels));
        Notification sentNotice = tell("对照的通知");
        assertEquals(List.of("sms"), notifications.deliveries(sentNotice.id()).stream().map(Delivery::channel).toList());

        notifications.chooseChannels(STAFF, enterpriseId, Map.of("sms", false));
        assertEquals(Map.of(), reachable(channels));
        assertEquals(Optional.empty(), EnterpriseContact.reachable(Map.of("wechat", "wechat-id"), enterpriseId));
    }

    /** What the query finds for the enterprise: each channel with its address, decrypted. */
    private Map<String, String> reachable(Map<String, String> channels) {
        EnterpriseContact.Query query = EnterpriseContact.reachable(channels, enterpriseId).orElseThrow();
        Map<String, String> found = new LinkedHashMap<>();
        try (Connection c = core.connection(); PreparedStatement ps = c.prepareStatement(query.sql())) {
            for (int i = 0; i < query.parameters().size(); i++) {
                ps.setObject(i + 1, query.parameters().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new EncryptedString().convertToEntityAttribute(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private List<String> inboxTitles() {
        return notifications.inbox(Recipient.enterprise(enterpriseId), false, PageRequest.first()).items().stream()
                .map(Notification::titleZh).toList();
    }

    /** Waits, without a fixed pause, until the sender recorded the notice's delivery as sent. */
    private void awaitSent(long notificationId) throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            List<Delivery> d = notifications.deliveries(notificationId);
            if (!d.isEmpty() && "SENT".equals(d.get(0).status())) {
                assertTrue(d.size() == 1);
                return;
            }
            Thread.sleep(10);
        }
        fail("the delivery of notice " + notificationId + " was never recorded as sent: " + notifications.deliveries(notificationId));
    }
}

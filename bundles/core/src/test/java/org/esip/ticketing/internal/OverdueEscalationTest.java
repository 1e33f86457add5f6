package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.esip.core.api.Actor;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.internal.testkit.Configs;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.line.internal.ServiceLineRegistryImpl;
import org.esip.notification.api.Recipient;
import org.esip.notification.internal.NotificationServiceImpl;
import org.esip.provider.internal.StaffServiceImpl;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.esip.registry.internal.EnterpriseServiceImpl;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketSubmission;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Version;

/**
 * The sweep of time-limited handling (clause 6.1 a) on a real database: a dry run only names what it would escalate,
 * the sweep escalates an overdue ticket once, records it and tells the platform heads.
 */
public class OverdueEscalationTest {
    private static final Actor STAFF = new Actor("staff1", Set.of(Role.STAFF), null, null, null);
    private InMemoryCore core;
    private NotificationServiceImpl notifications;
    private TicketIntake intake;
    private TicketQueries queries;
    private OverdueEscalation escalation;
    private long enterpriseId;
    private TicketTimeline timeline;
    private TicketNotices notices;

    @Before
    public void start() {
        core = new InMemoryCore();
        EnterpriseServiceImpl enterprises = new EnterpriseServiceImpl(core.jpa, core.audit);
        notifications = new NotificationServiceImpl(core.jpa, enterprises);
        // The collaborators the sweep needs, and intake and queries to make and read tickets: no component.
        Clock clock = Clock.systemUTC();
        ServiceLineRegistryImpl lines = new ServiceLineRegistryImpl(new Version(2, 0, 0));
        TicketDeadlines deadlines = new TicketDeadlines(Configs.defaults(TicketingConfig.class), lines, clock);
        timeline = new TicketTimeline(core.audit, clock);
        notices = new TicketNotices(notifications, notifications, notifications, deadlines);
        StaffServiceImpl staff = new StaffServiceImpl(core.jpa, core.audit);
        intake = new TicketIntake(core.jpa, staff, new WorkingCalendarImpl(core.jpa, core.audit), lines, deadlines,
                timeline, notices, clock);
        queries = new TicketQueries(core.jpa, new StaffOffers(core.jpa, staff));
        escalation = new OverdueEscalation(core.jpa, timeline, notices);
        enterpriseId = enterprises.register(STAFF, new EnterpriseRegistration(null,
                UnifiedSocialCreditCode.withCheckCharacter("91330302MA0000002"), "温州鹿城阀门有限公司", "330302", null,
                null, "C3443", null, "王经理", "13800000002", null, 12, new BigDecimal("300"), null,
                LocalDate.of(2016, 3, 1), null, null, null)).id();
    }

    @After
    public void stop() throws IOException {
        core.close();
    }

    private long escalations(long ticketId) {
        return queries.timeline(ticketId).stream().filter(e -> e.action().equals("escalate")).count();
    }

    private long noticesToHeads() {
        return notifications.inbox(Recipient.account("admin"), false, new PageRequest(0, 50)).items().stream()
                .filter(n -> n.topic().equals("ticket.escalated")).count();
    }

    @Test
    public void aDryRunNamesTheOverdueTicketAndChangesNothing() {
        Ticket t = intake.submit(STAFF, new TicketSubmission(enterpriseId, TicketKind.DEMAND, Channel.PHONE, "融资需求",
                "需要融资对接", null), null);
        LocalDate late = t.acceptDue().plusDays(1);
        List<Ticket> would = escalation.escalateOverdue(late, true);
        assertEquals(List.of(t.id()), would.stream().map(Ticket::id).toList());
        assertEquals(t.version(), queries.get(t.id()).version());
        assertFalse(queries.get(t.id()).overdue());
        assertEquals(0, escalations(t.id()));
        assertEquals(0, noticesToHeads());
    }

    @Test
    public void anOverdueTicketIsEscalatedOnceAndTheHeadsAreTold() {
        Ticket t = intake.submit(STAFF, new TicketSubmission(enterpriseId, TicketKind.DEMAND, Channel.PHONE, "融资需求",
                "需要融资对接", null), null);
        assertTrue(escalation.escalateOverdue(t.acceptDue(), false).isEmpty());
        LocalDate late = t.acceptDue().plusDays(1);
        assertEquals(List.of(t.id()), escalation.escalateOverdue(late, false).stream().map(Ticket::id).toList());
        assertTrue(escalation.escalateOverdue(late, false).isEmpty());
        assertTrue(queries.get(t.id()).overdue());
        assertEquals(1, escalations(t.id()));
        assertEquals(1, noticesToHeads());
    }

    /** {@code count - 1} copies of {@code t} (the tickets of a busy platform, all due on the same day). */
    private List<Long> copies(Ticket t, int count) {
        List<Long> ids = new ArrayList<>(List.of(t.id()));
        for (int from = 1; from < count; from += 500) {
            int n = Math.min(500, count - from);
            ids.addAll(core.jpa.inTransaction(em -> {
                List<TicketEntity> made = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    TicketEntity copy = em.find(TicketEntity.class, t.id());
                    em.detach(copy);
                    copy.id = null;
                    copy.version = 0;
                    em.persist(copy);
                    made.add(copy);
                }
                em.flush();
                return made.stream().map(c -> c.id).toList();
            }));
        }
        return ids;
    }

    private long count(String jpql) {
        return core.jpa.read(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private long events(String action) {
        return count("SELECT COUNT(e) FROM TicketEventEntity e WHERE e.action = '" + action + "'");
    }

    private long notices(String topic) {
        return count("SELECT COUNT(n) FROM NotificationEntity n WHERE n.username = 'admin' AND n.topic = '" + topic
                + "'");
    }

    @Test
    public void twoThousandTicketsAreRemindedAndEscalatedOnceEachWithTheirEventsAndNotices() {
        Ticket t = intake.submit(STAFF, new TicketSubmission(enterpriseId, TicketKind.DEMAND, Channel.PHONE, "融资需求",
                "需要融资对接", null), null);
        List<Long> ids = copies(t, 2000);

        // the last day: a reminder each, nothing escalated
        assertTrue(escalation.escalateOverdue(t.acceptDue(), false).isEmpty());
        assertTrue(escalation.escalateOverdue(t.acceptDue(), false).isEmpty());
        assertEquals(2000, events("remind"));
        assertEquals(2000, notices("ticket.due"));

        LocalDate late = t.acceptDue().plusDays(1);
        assertEquals(2000, escalation.escalateOverdue(late, true).size());
        List<Ticket> escalated = escalation.escalateOverdue(late, false);
        assertEquals(new TreeSet<>(ids), new TreeSet<>(escalated.stream().map(Ticket::id).toList()));
        assertEquals(2000, escalated.size());
        assertTrue(escalated.stream().allMatch(Ticket::overdue));
        assertTrue(escalation.escalateOverdue(late, false).isEmpty());
        assertTrue(escalation.escalateOverdue(late, true).isEmpty());
        assertEquals(2000, events("escalate"));
        assertEquals(2000, notices("ticket.escalated"));
        assertEquals(2000L, ((Number) core.jpa.read(em -> em.createNativeQuery(
                "SELECT COUNT(*) FROM TICKET WHERE OVERDUE = TRUE").getSingleResult())).longValue());
        // each ticket's own timeline: one reminder, one escalation; its version counts the two steps
        Ticket last = queries.get(Collections.max(ids));
        assertTrue(last.overdue());
        assertEquals(1, escalations(last.id()));
        assertEquals(t.version() + 2, last.version());
        assertEquals(2000, count("SELECT COUNT(a) FROM AuditEventEntity a WHERE a.action = 'escalate'"));
    }

    @Test
    public void twoNodesSweepingAtOnceEscalateEachTicketOnce() throws Exception {
        Ticket t = intake.submit(STAFF, new TicketSubmission(enterpriseId, TicketKind.DEMAND, Channel.PHONE, "融资需求",
                "需要融资对接", null), null);
        List<Long> ids = copies(t, 1500);
        LocalDate late = t.acceptDue().plusDays(1);
        // a second node: its own sweep over the same database
        OverdueEscalation other = new OverdueEscalation(core.jpa, timeline, notices);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<List<Ticket>> a = nodes.submit(() -> {
                go.await();
                return escalation.escalateOverdue(late, false);
            });
            Future<List<Ticket>> b = nodes.submit(() -> {
                go.await();
                return other.escalateOverdue(late, false);
            });
            go.countDown();
            List<Long> both = new ArrayList<>();
            a.get().forEach(x -> both.add(x.id()));
            b.get().forEach(x -> both.add(x.id()));
            assertEquals(new TreeSet<>(ids), new TreeSet<>(both));
            assertEquals(1500, both.size());
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(1500, events("escalate"));
        assertEquals(1500, notices("ticket.escalated"));
        assertTrue(escalation.escalateOverdue(late, false).isEmpty());
        assertTrue(other.escalateOverdue(late, false).isEmpty());
    }
}

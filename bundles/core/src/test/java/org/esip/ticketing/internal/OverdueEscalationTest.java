package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

    @Before
    public void start() {
        core = new InMemoryCore();
        EnterpriseServiceImpl enterprises = new EnterpriseServiceImpl(core.jpa, core.audit);
        notifications = new NotificationServiceImpl(core.jpa, enterprises);
        // The collaborators the sweep needs, and intake and queries to make and read tickets: no component.
        Clock clock = Clock.systemUTC();
        ServiceLineRegistryImpl lines = new ServiceLineRegistryImpl(new Version(2, 0, 0));
        TicketDeadlines deadlines = new TicketDeadlines(Configs.defaults(TicketingConfig.class), lines, clock);
        TicketTimeline timeline = new TicketTimeline(core.audit, clock);
        TicketNotices notices = new TicketNotices(notifications, deadlines);
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
}

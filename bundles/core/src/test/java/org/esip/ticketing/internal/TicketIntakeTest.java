package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.UnprocessableException;
import org.esip.core.api.ValidationException;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketSubmission;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Ticket intake and the first step (clauses 6.2.1–6.2.2) as a service on a real database (in-memory Derby after the
 * Flyway migrations), wired with the core's real collaborators: a retry after a lost reply, two people pressing the
 * same button, references to records that do not exist.
 */
public class TicketIntakeTest {
    private static final Actor STAFF = new Actor("staff1", Set.of(Role.STAFF), null, null, null);
    private static final Actor OTHER_STAFF = new Actor("staff2", Set.of(Role.STAFF), null, null, null);
    private InMemoryCore core;
    private TicketServiceImpl tickets;
    private long enterpriseId;

    @Before
    public void start() throws IOException {
        core = new InMemoryCore();
        TicketDesk desk = new TicketDesk(core);
        tickets = desk.tickets;
        enterpriseId = desk.enterpriseId;
    }

    @After
    public void stop() throws IOException {
        core.close();
    }

    private TicketSubmission demand(String title) {
        return new TicketSubmission(enterpriseId, TicketKind.DEMAND, Channel.PHONE, title, "需要融资对接 financing", null);
    }

    private long stored() {
        return tickets.list(enterpriseId, null, null, new PageRequest(0, 50)).total();
    }

    @Test
    public void aRetryWithTheSameKeyGetsTheSameTicketAndStoresOne() {
        Ticket first = tickets.submit(STAFF, demand("融资需求"), "key-1");
        Ticket retried = tickets.submit(STAFF, demand("融资需求"), "key-1");
        assertEquals(first.id(), retried.id());
        assertEquals(TicketStatus.SUBMITTED, retried.status());
        assertEquals(1, stored());
    }

    @Test
    public void theSameKeyWithAnotherBodyIsRefusedAndLosesNothing() {
        Ticket first = tickets.submit(STAFF, demand("融资需求"), "key-2");
        assertThrows(UnprocessableException.class, () -> tickets.submit(STAFF, demand("另一件事"), "key-2"));
        assertEquals(1, stored());
        assertEquals("融资需求", tickets.get(first.id()).title());
    }

    @Test
    public void twoSimultaneousRetriesOfOneSubmissionMakeOneTicket() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Long> press = () -> {
                    go.await();
                    return tickets.submit(STAFF, demand("同一按钮"), "key-3").id();
                };
                ids.add(pool.submit(press));
            }
            go.countDown();
            long id = ids.get(0).get();
            for (Future<Long> other : ids) {
                assertEquals(id, (long) other.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, stored());
    }

    @Test
    public void anUnknownEnterpriseOrServicePointIsRefusedNamingTheFieldAndStoresNothing() {
        ValidationException enterprise = assertThrows(ValidationException.class, () -> tickets.submit(STAFF,
                new TicketSubmission(enterpriseId + 999, TicketKind.DEMAND, Channel.PHONE, "t", "d", null), null));
        assertTrue(enterprise.violations().stream().anyMatch(v -> v.field().equals("enterpriseId")));
        ValidationException point = assertThrows(ValidationException.class, () -> tickets.submit(STAFF,
                new TicketSubmission(enterpriseId, TicketKind.DEMAND, Channel.WINDOW, "t", "d", null, null, null,
                        null, 424242L), null));
        assertTrue(point.violations().stream().anyMatch(v -> v.field().equals("servicePointId")));
        assertEquals(0, stored());
    }

    @Test
    public void whenTwoStaffAcceptTheSameTicketTheSecondIsToldItChanged() {
        Ticket t = tickets.submit(STAFF, demand("融资需求"), null);
        Ticket accepted = tickets.accept(STAFF, t.id(), t.version(), "受理 accepted");
        assertEquals(TicketStatus.ACCEPTED, accepted.status());
        assertThrows(ConflictException.class, () -> tickets.accept(OTHER_STAFF, t.id(), t.version(), "我也受理"));
        assertEquals(1, tickets.timeline(t.id()).stream().filter(e -> e.action().equals("accept")).count());
        assertEquals(TicketStatus.ACCEPTED, tickets.get(t.id()).status());
    }
}

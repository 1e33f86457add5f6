package org.esip.line.policy.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.Role;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.TicketSubmission;
import org.junit.Test;

/**
 * Online applications and their tickets (clause 5.2.1.3) by the line kit's TicketKeys rule: whatever write fails,
 * a retry ends with one application and one ticket.
 */
public class OnlineApplicationsTest {
    private static final Actor COMPANY = new Actor("company-7", Set.of(Role.ENTERPRISE), 7L, null, null);
    private static final Actor STAFF = new Actor("staff-1", Set.of(Role.STAFF), null, null, null);

    /** The line's table: one application per policy and enterprise; {@code failAttach} makes the second write fail. */
    static class Store implements OnlineApplications.Store {
        final Map<Long, OnlineApplications.Applied> rows = new HashMap<>();
        int failAttach;
        long next = 1;

        @Override
        public Optional<OnlineApplications.Applied> find(long policyId, long enterpriseId) {
            return rows.values().stream().filter(a -> a.policyId() == policyId && a.enterpriseId() == enterpriseId)
                    .findFirst();
        }

        @Override
        public long insert(OnlineApplications.Applied application) {
            if (find(application.policyId(), application.enterpriseId()).isPresent()) {
                throw new IllegalStateException("unique (POLICY_ID, ENTERPRISE_ID)");
            }
            long id = next++;
            rows.put(id, application.withId(id));
            return id;
        }

        @Override
        public void attach(long applicationId, long ticketId) {
            if (failAttach > 0) {
                failAttach--;
                throw new IllegalStateException("the database refused the second write");
            }
            OnlineApplications.Applied a = rows.get(applicationId);
            if (a.ticketId() == null) {
                rows.put(applicationId, new OnlineApplications.Applied(a.id(), a.policyId(), a.enterpriseId(), a.online(),
                        a.appliedBy(), a.roles(), a.channel(), a.title(), a.text(), a.clientKey(), ticketId));
            }
        }

        @Override
        public List<OnlineApplications.Applied> withoutTicket() {
            return rows.values().stream().filter(a -> a.online() && a.ticketId() == null).toList();
        }
    }

    /** The ticket service as its contract says: the same key from the same account answers the same ticket. */
    static final class Tickets implements OnlineApplications.Tickets {
        final Map<String, Long> byKey = new HashMap<>();
        final List<TicketSubmission> made = new ArrayList<>();
        final List<String> submittedBy = new ArrayList<>();
        int down;

        @Override
        public long submit(Actor actor, TicketSubmission submission, String key) {
            if (down > 0) {
                down--;
                throw new IllegalStateException("ticket service away");
            }
            Long earlier = byKey.get(actor.username() + "|" + key);
            if (earlier != null) {
                assertEquals("a retry sends what it sent the first time", made.get((int) (earlier - 1)), submission);
                return earlier;
            }
            made.add(submission);
            submittedBy.add(actor.username());
            long id = made.size();
            byKey.put(actor.username() + "|" + key, id);
            return id;
        }
    }

    private final Store store = new Store();
    private final Tickets tickets = new Tickets();
    private final OnlineApplications online = new OnlineApplications(store, tickets);

    private long apply(Actor actor, String key) {
        return online.apply(actor, 3, 7, Channel.ONLINE, "政策申报：数字化转型", "申报材料：设备发票", key,
                () -> new ConflictException("application.duplicate", "policyId", "重复申报", "Applied already"));
    }

    @Test
    public void theTicketCarriesTheApplicationsKeyAndTheApplicationItsTicket() {
        long id = apply(COMPANY, "k-1");
        assertEquals(1, tickets.made.size());
        assertEquals(Long.valueOf(1), store.rows.get(id).ticketId());
        assertEquals("line:policy:application:" + id, tickets.byKey.keySet().iterator().next().split("\\|")[1]);
        assertEquals("policy.application", tickets.made.get(0).category());
        assertEquals(Long.valueOf(7), tickets.made.get(0).enterpriseId());
        assertEquals(List.of("company-7"), tickets.submittedBy);
    }

    @Test
    public void aFailedSecondWriteAndARetryWithTheSameKeyMakeOneTicketAndOneApplication() {
        store.failAttach = 1;
        assertThrows(IllegalStateException.class, () -> apply(COMPANY, "k-1"));
        // The ticket exists, the application does too, without its ticket: nothing is lost.
        assertEquals(1, tickets.made.size());
        assertEquals(1, store.rows.size());
        assertNull(store.rows.values().iterator().next().ticketId());

        long id = apply(COMPANY, "k-1");
        assertEquals(1, tickets.made.size());
        assertEquals(1, store.rows.size());
        assertEquals(Long.valueOf(1), store.rows.get(id).ticketId());
        // Once complete, the same key answers the same application again; another request is a duplicate.
        assertEquals(id, apply(COMPANY, "k-1"));
        assertThrows(ConflictException.class, () -> apply(COMPANY, "k-2"));
        assertThrows(ConflictException.class, () -> apply(COMPANY, null));
        assertEquals(1, tickets.made.size());
    }

    @Test
    public void aRetryWithoutAKeyCompletesTheApplicationLeftWithoutItsTicket() {
        store.failAttach = 1;
        assertThrows(IllegalStateException.class, () -> apply(COMPANY, null));
        long id = apply(COMPANY, null);
        assertEquals(1, tickets.made.size());
        assertEquals(1, store.rows.size());
        assertEquals(Long.valueOf(1), store.rows.get(id).ticketId());
    }

    @Test
    public void reconcilingCompletesApplicationsLeftWithoutTicketsWithTheSameTicket() {
        store.failAttach = 1;
        assertThrows(IllegalStateException.class, () -> apply(COMPANY, "k-1"));
        assertEquals(1, online.reconcile());
        assertEquals(0, online.reconcile());
        assertEquals(1, tickets.made.size());
        assertEquals(List.of("company-7"), tickets.submittedBy);
        assertEquals(Long.valueOf(1), store.rows.values().iterator().next().ticketId());
    }

    @Test
    public void whenTheTicketServiceIsAwayTheApplicationWaitsForItsTicket() {
        tickets.down = 2;
        assertThrows(IllegalStateException.class, () -> apply(STAFF, "k-1"));
        assertEquals(0, online.reconcile());
        assertEquals(1, online.reconcile());
        assertEquals(1, tickets.made.size());
        // Submitted by the account that applied, on its channel, even when reconciled.
        assertEquals(List.of("staff-1"), tickets.submittedBy);
        long id = apply(STAFF, "k-1");
        assertEquals(Long.valueOf(1), store.rows.get(id).ticketId());
        assertEquals(1, tickets.made.size());
    }

    @Test
    public void twoRequestsAtOnceMakeOneApplication() {
        long first = apply(COMPANY, "k-1");
        OnlineApplications.Applied row = store.rows.get(first);
        // The second request saw no application yet and lost the insert to the first one: it answers the first.
        Store racing = new Store() {
            boolean seen;

            @Override
            public Optional<OnlineApplications.Applied> find(long policyId, long enterpriseId) {
                if (!seen) {
                    seen = true;
                    return Optional.empty();
                }
                return Optional.of(row);
            }

            @Override
            public long insert(OnlineApplications.Applied application) {
                throw new IllegalStateException("unique (POLICY_ID, ENTERPRISE_ID)");
            }
        };
        assertEquals(first, new OnlineApplications(racing, tickets).apply(COMPANY, 3, 7, Channel.ONLINE, "t", "d", "k-1",
                () -> new ConflictException("application.duplicate", "policyId", "重复申报", "Applied already")));
        assertEquals(1, tickets.made.size());
    }
}

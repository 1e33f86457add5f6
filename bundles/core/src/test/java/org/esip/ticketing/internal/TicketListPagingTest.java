package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.ValidationException;
import org.esip.core.internal.persistence.Search;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketQueue;
import org.esip.ticketing.api.TicketStatus;
import org.esip.ticketing.api.TicketSubmission;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The ticket list and work queues as a user pages through them (issue 16), on a real database (in-memory Derby
 * after the migrations): a long list's total counted up to the cap unless asked for exactly, the cursor keeping
 * its place while tickets are added, a cursor that is not one of ours refused naming {@code after}.
 */
public class TicketListPagingTest {
    private static final Actor STAFF = new Actor("staff1", Set.of(Role.STAFF), null, null, null);
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

    private Ticket submit(String title) {
        return tickets.submit(STAFF, new TicketSubmission(enterpriseId, TicketKind.DEMAND, Channel.PHONE, title,
                "需要融资对接 financing", null), null);
    }

    private static List<Long> ids(Page<Ticket> page) {
        return page.items().stream().map(Ticket::id).toList();
    }

    /** Doubles the ticket table {@code times} times by copying every row (all columns but the id). */
    private void doubleTickets(int times) throws SQLException {
        try (Connection c = core.connection(); Statement s = c.createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "TICKET", null)) {
                while (rs.next()) {
                    if (!rs.getString("COLUMN_NAME").equals("ID")) {
                        columns.add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            String list = String.join(", ", columns);
            for (int i = 0; i < times; i++) {
                s.executeUpdate("INSERT INTO TICKET (" + list + ") SELECT " + list + " FROM TICKET");
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    @Test
    public void aShortListHasItsExactTotalAndTheLastPageNoCursor() {
        submit("一");
        submit("二");
        submit("三");
        Page<Ticket> all = tickets.list(enterpriseId, null, null, new PageRequest(0, 20));
        assertEquals(3, all.total());
        assertTrue(all.totalExact());
        assertNull(all.next());
        Page<Ticket> first = tickets.list(enterpriseId, null, null, new PageRequest(0, 2));
        assertEquals(3, first.total());
        assertTrue(first.totalExact());
        assertNotNull(first.next());
        Page<Ticket> second = tickets.list(enterpriseId, null, null, new PageRequest(1, 2));
        assertEquals(3, second.total());
        assertEquals(1, second.items().size());
    }

    @Test
    public void aLongListIsCountedUpToTheCapUnlessTheExactTotalIsAsked() throws SQLException {
        submit("融资需求");
        doubleTickets(14); // 16 384 tickets
        Page<Ticket> first = tickets.list(null, null, null, new PageRequest(0, 20));
        assertEquals(Page.COUNT_CAP, first.total());
        assertFalse(first.totalExact());
        assertEquals(20, first.items().size());

        Page<Ticket> exact = tickets.list(null, null, null, new PageRequest(0, 20, null, true));
        assertEquals(16_384, exact.total());
        assertTrue(exact.totalExact());

        // A page beyond the cap: at least what comes up to it; the last page knows the end.
        Page<Ticket> deep = tickets.list(null, null, null, new PageRequest(600, 20));
        assertEquals(600 * 20 + 21, deep.total());
        assertFalse(deep.totalExact());
        Page<Ticket> last = tickets.list(null, null, null, new PageRequest(819, 20));
        assertEquals(4, last.items().size());
        assertEquals(16_384, last.total());
        assertTrue(last.totalExact());

        // A filter that matches nothing is counted exactly.
        Page<Ticket> closed = tickets.list(null, TicketStatus.CLOSED, null, new PageRequest(0, 20));
        assertEquals(0, closed.total());
        assertTrue(closed.totalExact());
    }

    @Test
    public void theCursorWalksTheWholeListInOrderEvenWithEqualCreationTimes() throws SQLException {
        submit("融资需求");
        doubleTickets(6); // 64 tickets, all created at the same instant
        List<Long> byOffset = new ArrayList<>();
        for (int page = 0; page < 7; page++) {
            byOffset.addAll(ids(tickets.list(null, null, null, new PageRequest(page, 10))));
        }
        List<Long> byCursor = new ArrayList<>();
        String after = null;
        do {
            Page<Ticket> p = tickets.list(null, null, null, new PageRequest(0, 10, after, false));
            byCursor.addAll(ids(p));
            after = p.next();
        } while (after != null);
        assertEquals(64, byCursor.size());
        assertEquals(byOffset, byCursor);
    }

    /** The ids of a list order read by SQL, {@code limit} after {@code offset}: the old way, one query. */
    private List<Long> idsBySql(String where, String order, int offset, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = core.connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID FROM TICKET" + where + " ORDER BY " + order + " OFFSET "
                        + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Walks the list by cursor up to {@code offset} and returns the page of {@code size} there. */
    private List<Long> pageByCursor(Function<PageRequest, Page<Ticket>> list, int offset, int size) {
        String after = null;
        for (int read = 0; read < offset; read += size) {
            after = list.apply(new PageRequest(0, size, after, false)).next();
        }
        return ids(list.apply(new PageRequest(0, size, after, false)));
    }

    @Test
    public void aDeepOffsetPageHasTheSameRowsAsTheCursorAndAsReadingThemDirectly() throws SQLException {
        List<Long> made = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            made.add(submit("深页 " + i).id());
        }
        tickets.accept(STAFF, made.get(1), tickets.get(made.get(1)).version(), null);
        doubleTickets(10); // 3 072 tickets, 1 024 at each of three creation times
        int size = 20;
        int page = 60; // offset 1 200: beyond Search.DEFERRED_FROM, so the ids are read first
        assertTrue(page * size > Search.DEFERRED_FROM);

        Page<Ticket> deep = tickets.list(null, null, null, new PageRequest(page, size));
        assertEquals(size, deep.items().size());
        assertEquals(idsBySql("", "CREATED_AT DESC, ID DESC", page * size, size), ids(deep));
        assertEquals(pageByCursor(r -> tickets.list(null, null, null, r), page * size, size), ids(deep));
        // The records are whole, not just their ids.
        assertTrue(deep.items().stream().allMatch(t -> t.title().startsWith("深页 ")));
        assertNotNull(deep.next());

        // Across the boundary between two creation times, with a filter, and the end of the list.
        for (int p : List.of(51, 52, 102, 153)) {
            Page<Ticket> at = tickets.list(null, TicketStatus.SUBMITTED, null, new PageRequest(p, size));
            assertEquals("page " + p, idsBySql(" WHERE STATUS = 'SUBMITTED'", "CREATED_AT DESC, ID DESC", p * size,
                    size), ids(at));
        }
        Page<Ticket> last = tickets.list(null, TicketStatus.SUBMITTED, null, new PageRequest(102, size));
        assertEquals(8, last.items().size()); // 2 048 submitted tickets
        assertNull(last.next());
        assertEquals(2_048, last.total());
        assertTrue(last.totalExact());
        assertTrue(tickets.list(null, null, null, new PageRequest(200, size)).items().isEmpty());

        // A work queue, oldest first.
        Page<Ticket> queue = tickets.queue(TicketQueue.NEW, "staff1", new PageRequest(page, size));
        assertEquals(idsBySql(" WHERE STATUS = 'SUBMITTED'", "CREATED_AT, ID", page * size, size), ids(queue));
        assertEquals(pageByCursor(r -> tickets.queue(TicketQueue.NEW, "staff1", r), page * size, size), ids(queue));
        assertTrue(queue.items().stream().allMatch(t -> t.status() == TicketStatus.SUBMITTED));
    }

    @Test
    public void theCursorKeepsItsPlaceWhenTicketsAreAdded() {
        List<Long> made = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            made.add(submit("需求 " + i).id());
        }
        Page<Ticket> first = tickets.list(enterpriseId, null, null, new PageRequest(0, 2));
        assertEquals(List.of(made.get(4), made.get(3)), ids(first));
        submit("新的一件");
        submit("又一件");
        Page<Ticket> second = tickets.list(enterpriseId, null, null, new PageRequest(0, 2, first.next(), false));
        assertEquals(List.of(made.get(2), made.get(1)), ids(second));
        assertEquals(7, second.total());
        Page<Ticket> third = tickets.list(enterpriseId, null, null, new PageRequest(0, 2, second.next(), false));
        assertEquals(List.of(made.get(0)), ids(third));
        assertNull(third.next());
    }

    @Test
    public void aQueueIsPagedByCursorOldestFirst() {
        List<Long> made = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            made.add(submit("待受理 " + i).id());
        }
        Page<Ticket> first = tickets.queue(TicketQueue.NEW, "staff1", new PageRequest(0, 2));
        assertEquals(List.of(made.get(0), made.get(1)), ids(first));
        Page<Ticket> second = tickets.queue(TicketQueue.NEW, "staff1", new PageRequest(0, 2, first.next(), false));
        assertEquals(List.of(made.get(2)), ids(second));
        assertNull(second.next());
    }

    @Test
    public void aCursorThatIsNotOneOfOursIsRefusedNamingAfter() {
        submit("一");
        for (String bad : List.of("garbage", "k1.", "k1.!!!", "k1.MTIzLjQ1Ng", "k1.MS45OTk5OTk5OTk5LjE")) {
            ValidationException e = assertThrows(bad, ValidationException.class,
                    () -> tickets.list(null, null, null, new PageRequest(0, 20, bad, false)));
            assertEquals("after", e.violations().get(0).field());
            assertEquals("page.after-invalid", e.violations().get(0).code());
        }
    }
}

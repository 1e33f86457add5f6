package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.core.internal.persistence.V23__stage_days;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.TicketFigures;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketStatus;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The figures the database aggregates are exactly those the former way (every ticket read and folded in Java,
 * {@link TicketFiguresOracle}), and the service records those of {@link ServiceRecordsOracle}, gave, on a random set of tickets with random timelines whose stage days were filled
 * as the V23 migration fills them for the tickets already there.
 */
public class TicketFiguresQueryTest {
    private static final String[] REGIONS = {"330302", "330303", "330304", "330382", "330106"};
    private static final String[] ACTIONS = {"submit", "accept", "reject", "sign", "resolve", "evaluate"};
    private static InMemoryCore core;

    @BeforeClass
    public static void seed() throws Exception {
        core = new InMemoryCore();
        Random random = new Random(16);
        try (Connection c = core.connection()) {
            c.setAutoCommit(false);
            List<Long> enterprises = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ENTERPRISE (CREDIT_CODE, NAME, REGION_CODE,"
                    + " CREATED_AT, VERSION) VALUES (?, ?, ?, CURRENT_TIMESTAMP, 1)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < 30; i++) {
                    p.setString(1, String.format("91330300%010d", i));
                    p.setString(2, "企业" + i);
                    p.setString(3, REGIONS[i % REGIONS.length]);
                    p.executeUpdate();
                    try (ResultSet k = p.getGeneratedKeys()) {
                        k.next();
                        enterprises.add(k.getLong(1));
                    }
                }
            }
            LocalDateTime start = LocalDateTime.of(2025, 11, 20, 0, 0);
            try (PreparedStatement t = c.prepareStatement("INSERT INTO TICKET (ENTERPRISE_ID, KIND, CHANNEL, TITLE,"
                    + " DESCRIPTION, STATUS, CREATED_AT, VERSION, GRADE, OVERDUE, PROBLEM, ACCEPT_DUE, OFFER_DUE,"
                    + " HANDLER_DUE, RESOLVE_DUE, CORRECTION_DUE, CORRECTED_AT, ASSIGNEE_KIND, ASSIGNEE_ID,"
                    + " ASSIGNEE_NAME) VALUES (?, ?, ?, 't', 'd', ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement e = c.prepareStatement("INSERT INTO TICKET_EVENT (TICKET_ID, OCCURRED_AT,"
                            + " ACTOR, ACTION_CODE, TO_STATUS) VALUES (?, ?, 'seed', ?, 'SUBMITTED')")) {
                for (int i = 0; i < 600; i++) {
                    // created at any minute of fourteen months, in Asia/Shanghai (month ends included)
                    Instant created = start.plusMinutes(random.nextInt(14 * 31 * 24 * 60))
                            .atZone(TicketDeadlines.ZONE).toInstant();
                    LocalDate day = StageDays.day(created);
                    t.setLong(1, enterprises.get(random.nextInt(enterprises.size())));
                    t.setString(2, pick(random, TicketKind.values()).name());
                    t.setString(3, pick(random, Channel.values()).name());
                    t.setString(4, pick(random, TicketStatus.values()).name());
                    t.setTimestamp(5, Timestamp.from(created));
                    t.setString(6, random.nextInt(3) == 0 ? pick(random, SatisfactionGrade.values()).name() : null);
                    t.setBoolean(7, random.nextInt(4) == 0);
                    t.setBoolean(8, random.nextInt(6) == 0);
                    for (int d = 9; d <= 13; d++) {
                        t.setDate(d, random.nextInt(5) == 0 ? null : Date.valueOf(day.plusDays(random.nextInt(6))));
                    }
                    Instant corrected = random.nextInt(4) == 0 ? near(random, created) : null;
                    t.setTimestamp(14, corrected == null ? null : Timestamp.from(corrected));
                    int who = random.nextInt(4);
                    AssigneeKind kind = who == 0 ? null : who == 1 ? AssigneeKind.ORGANISATION
                            : who == 2 ? AssigneeKind.EXPERT : AssigneeKind.STAFF;
                    long id = kind == AssigneeKind.EXPERT ? 100 + random.nextInt(4) : 1 + random.nextInt(5);
                    t.setString(15, kind == null ? null : kind.name());
                    t.setObject(16, kind == null ? null : id, Types.BIGINT);
                    t.setString(17, kind == null ? null : kind + " " + id);
                    t.executeUpdate();
                    long ticket;
                    try (ResultSet k = t.getGeneratedKeys()) {
                        k.next();
                        ticket = k.getLong(1);
                    }
                    for (int n = random.nextInt(7); n > 0; n--) {
                        e.setLong(1, ticket);
                        e.setTimestamp(2, Timestamp.from(near(random, created)));
                        e.setString(3, ACTIONS[random.nextInt(ACTIONS.length)]);
                        e.executeUpdate();
                    }
                }
            }
            assertTrue(V23__stage_days.fill(c) > 100);
            c.commit();
        }
    }

    /** A moment in the days after {@code created}, often late in the evening, so that days and zones matter. */
    private static Instant near(Random random, Instant created) {
        return created.plusSeconds(random.nextInt(6) * 86_400L + (random.nextBoolean() ? 15 * 3600 + 1800 : 0)
                + random.nextInt(8 * 3600));
    }

    private static <E> E pick(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }

    @AfterClass
    public static void close() throws Exception {
        core.close();
    }

    private static void same(String region, Instant from, Instant to) {
        TicketFigures expected = core.jpa.read(em -> new TicketFiguresOracle(region, from, to).compute(em,
                TicketDeadlines.ZONE));
        TicketFigures actual = core.jpa.read(em -> new TicketFiguresQuery(region, from, to).compute(em,
                TicketDeadlines.ZONE));
        // the string shows the maps' order too
        assertEquals(expected.toString(), actual.toString());
        assertEquals(expected, actual);
    }

    @Test
    public void everyTicket() {
        TicketFigures all = core.jpa.read(em -> new TicketFiguresQuery(null, null, null).compute(em,
                TicketDeadlines.ZONE));
        assertEquals(600, all.total());
        assertTrue(all.byMonth().size() >= 14);
        assertTrue(all.stages().stream().allMatch(s -> s.passed() > 0 && s.onTime() > 0 && s.onTime() < s.passed()));
        same(null, null, null);
    }

    /** A step writes the ticket once (one version more) with the day it ended its stage. */
    @Test
    public void aStepKeepsTheDayItEndedItsStage() throws Exception {
        long id;
        try (Connection c = core.connection(); Statement s = c.createStatement()) {
            long enterprise;
            try (ResultSet e = s.executeQuery("SELECT MIN(ID) FROM ENTERPRISE")) {
                e.next();
                enterprise = e.getLong(1);
            }
            s.executeUpdate("INSERT INTO TICKET (ENTERPRISE_ID, KIND, CHANNEL, TITLE, DESCRIPTION, STATUS, CREATED_AT,"
                    + " VERSION) VALUES (" + enterprise + ", 'DEMAND', 'ONLINE', 't', 'd', 'SUBMITTED',"
                    + " CURRENT_TIMESTAMP, 1)", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                id = k.getLong(1);
            }
        }
        Instant at = Instant.parse("2026-12-04T16:30:00Z");
        StepTransaction steps = new StepTransaction(core.jpa,
                new TicketTimeline(core.audit, Clock.fixed(at, TicketDeadlines.ZONE)));
        Actor staff = new Actor("staff1", Set.of(Role.STAFF), null, null, null);
        assertEquals(2, steps.move(staff, id, 1, TicketStatus.ACCEPTED, "accept", null, null, t -> { }).version());
        assertEquals(LocalDate.of(2026, 12, 5), core.jpa.read(em -> em.find(TicketEntity.class, id).acceptedOn));
        // the figures of the other tests are of the random tickets alone
        try (Connection c = core.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM TICKET_EVENT WHERE TICKET_ID = " + id);
            s.executeUpdate("DELETE FROM TICKET WHERE ID = " + id);
        }
    }

    @Test
    public void serviceRecords() {
        ServiceRecords records = new ServiceRecords(core.jpa);
        ServiceRecordsOracle oracle = new ServiceRecordsOracle(core.jpa);
        for (AssigneeKind kind : List.of(AssigneeKind.ORGANISATION, AssigneeKind.EXPERT)) {
            for (long id : new long[] {1, 3, 5, 100, 103, 999}) {
                assertEquals(kind + " " + id, oracle.recordOf(kind, id), records.recordOf(kind, id));
            }
        }
        assertTrue(records.recordOf(AssigneeKind.ORGANISATION, 1).onTime() > 0);
    }

    @Test
    public void oneCountyOrCity() {
        same("330303", null, null);
        same("3303", null, null);
        same("999999", null, null);
    }

    @Test
    public void aPeriod() {
        same(null, LocalDate.of(2026, 2, 1).atStartOfDay(TicketDeadlines.ZONE).toInstant(),
                LocalDate.of(2026, 6, 1).atStartOfDay(TicketDeadlines.ZONE).toInstant());
        same("330382", LocalDate.of(2026, 3, 31).atStartOfDay(TicketDeadlines.ZONE).toInstant(), null);
        same(null, LocalDate.of(2030, 1, 1).atStartOfDay(TicketDeadlines.ZONE).toInstant(), null);
    }
}

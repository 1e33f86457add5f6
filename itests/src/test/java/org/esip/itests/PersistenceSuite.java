package org.esip.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Assert;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;

/**
 * What is stored stays stored (clause 6.4.4): records written over REST survive a restart of the
 * core and REST bundles, and the schema is owned by versioned migrations. Run once per database.
 */
public abstract class PersistenceSuite extends EsipTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=esip)")
    protected DataSource dataSource;

    /** The database product {@code GET /health} must report. */
    protected abstract String expectedDatabase();

    @Test
    public void recordsSurviveARestartOfTheCoreBundles_6_4_4() throws Exception {
        HttpResponse<String> health = awaitStatus("/health", 200);
        assertEquals(expectedDatabase(), Json.string(health.body(), "databaseProduct"));

        String code = "91330304MA2D0P0B1" + PlatformIT.checkCharacter("91330304MA2D0P0B1");
        HttpResponse<String> enterprise = post("/enterprises", "{\"creditCode\":\"" + code
                + "\",\"name\":\"瓯海持久化测试有限公司\",\"regionCode\":\"330304\",\"industryCode\":\"C1952\","
                + "\"tags\":[\"出口\",\"专精特新\"]}");
        assertEquals(enterprise.body(), 201, enterprise.statusCode());
        long enterpriseId = Json.number(enterprise.body(), "id");
        HttpResponse<String> ticket = post("/tickets", "{\"enterpriseId\":" + enterpriseId
                + ",\"kind\":\"CONSULTATION\",\"channel\":\"PHONE\",\"title\":\"出口退税政策咨询\","
                + "\"description\":\"想了解今年出口退税的办理流程。\"}");
        assertEquals(ticket.body(), 201, ticket.statusCode());
        long ticketId = Json.number(ticket.body(), "id");

        restart("org.esip.core");
        restart("org.esip.rest");
        awaitStatus("/health", 200);

        HttpResponse<String> e = awaitStatus("/enterprises/" + enterpriseId, 200);
        assertEquals(code, Json.string(e.body(), "creditCode"));
        assertEquals("瓯海持久化测试有限公司", Json.string(e.body(), "name"));
        assertContains(e.body(), "专精特新");
        assertContains(e.body(), "出口");
        HttpResponse<String> t = get("/tickets/" + ticketId);
        assertEquals(200, t.statusCode());
        assertEquals("出口退税政策咨询", Json.string(t.body(), "title"));
        assertEquals(enterpriseId, Json.number(t.body(), "enterpriseId"));

        // The unique credit code is enforced by the database too, after the restart.
        assertEquals(409, post("/enterprises", "{\"creditCode\":\"" + code
                + "\",\"name\":\"again\",\"regionCode\":\"330304\"}").statusCode());
        assertContains(console("esip:ticket-list"), "出口退税政策咨询");
    }

    @Test
    public void accountsTokensAndTheAuditLogLiveInTheDatabase_4_4_2() throws Exception {
        awaitStatus("/health", 200);
        HttpResponse<String> created = post("/accounts",
                "{\"username\":\"staff-persist\",\"password\":\"Persist-2026\",\"roles\":[\"STAFF\"]}");
        assertEquals(created.body(), 201, created.statusCode());
        String token = token("staff-persist", "Persist-2026");

        restart("org.esip.core");
        restart("org.esip.rest");
        awaitStatus("/health", 200);
        // The signing key comes from the data key outside the database: a token outlives a restart.
        assertEquals(200, awaitStatus("/auth/me", 200).statusCode());
        assertContains(get("/auth/me", token).body(), "\"username\":\"staff-persist\"");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT PASSWORD_HASH FROM ACCOUNT WHERE USERNAME = 'staff-persist'")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("pbkdf2-sha256$"));
            }
            try (ResultSet rs = s.executeQuery("SELECT ACTOR, ACTION_CODE FROM AUDIT_EVENT WHERE ENTITY_TYPE = 'account'"
                    + " AND CHANGES LIKE '%staff-persist%'")) {
                assertTrue("the account's creation is in the audit log", rs.next());
                assertEquals("admin", rs.getString(1));
                assertEquals("create", rs.getString(2));
            }
        }
    }

    @Test
    public void registriesSearchImportAndEncryptTheSameOnEveryDatabase_4_4_2() throws Exception {
        awaitStatus("/health", 200);
        String csv = "统一社会信用代码,企业名称,所属区划代码,行业代码,从业人员,营业收入(万元),联系电话,标签\n"
                + code("91330382MA2L0A0A1") + ",乐清持久电气有限公司,330382,C3823,350,30000,19905770001,智能电气;外贸出口\n"
                + code("91330382MA2L0A0B1") + ",乐清持久线缆有限公司,330382,C3831,15,200,,智能电气\n";
        HttpResponse<String> imported = postBytes("/enterprises/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                adminToken());
        assertEquals(imported.body(), 200, imported.statusCode());
        String q = "&q=" + URLEncoder.encode("乐清持久", StandardCharsets.UTF_8);
        assertEquals(2, Json.number(get("/enterprises?tag=" + URLEncoder.encode("智能电气", StandardCharsets.UTF_8) + q).body(), "total"));
        assertEquals(1, Json.number(get("/enterprises?scale=MEDIUM" + q).body(), "total"));
        assertContains(get("/enterprises?sort=-employees&size=1" + q).body(), "乐清持久电气有限公司");

        HttpResponse<String> org = post("/organisations", "{\"creditCode\":\"" + code("91330382MA2L0B0A1")
                + "\",\"name\":\"乐清持久检测有限公司\",\"regionCode\":\"330382\",\"domains\":[\"INSPECTION_TESTING\"],"
                + "\"contactPhone\":\"19905770002\",\"allianceMember\":true," + VALID_QUALIFICATION + "}");
        assertEquals(org.body(), 201, org.statusCode());
        long orgId = Json.number(org.body(), "id");
        assertEquals(200, post("/organisations/" + orgId + "/admit", "{\"version\":" + Json.number(org.body(), "version")
                + ",\"agreementNumber\":\"WZQF-P-1\",\"agreementDate\":\"2026-11-02\"}").statusCode());
        assertEquals(1, Json.number(get("/organisations?alliance=true&status=ADMITTED&domain=INSPECTION_TESTING" + q)
                .body(), "total"));
        assertEquals(0, Json.number(get("/organisations?alliance=false" + q).body(), "total"));
        long expert = Json.number(post("/experts", "{\"name\":\"持久专家\",\"domains\":[\"EXPERIMENT\"],"
                + "\"idNumber\":\"33038219900101123X\"}").body(), "id");
        assertEquals(200, post("/experts/" + expert + "/pool/leave", "{\"version\":" + Json.number(get("/experts/" + expert)
                .body(), "version") + ",\"reason\":\"退休\"}").statusCode());
        assertEquals(1, Json.number(get("/experts?inPool=false&q=" + URLEncoder.encode("持久专家", StandardCharsets.UTF_8))
                .body(), "total"));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : new String[] {"SELECT CONTACT_PHONE FROM ENTERPRISE WHERE CONTACT_PHONE IS NOT NULL",
                "SELECT CONTACT_PHONE FROM ORGANISATION WHERE CONTACT_PHONE IS NOT NULL",
                "SELECT ID_NUMBER FROM EXPERT WHERE ID_NUMBER IS NOT NULL"}) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    assertTrue(sql, rs.next());
                    do {
                        assertTrue(sql + ": " + rs.getString(1), rs.getString(1).startsWith("ENC1:"));
                    } while (rs.next());
                }
            }
        }
    }

    @Test
    public void theTicketFlowAndItsExactlyOnceEscalationHoldOnEveryDatabase_6_1_a() {
        awaitStatus("/health", 200);
        long e = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330382MA2L0C0A1")
                + "\",\"name\":\"柳市工单留存有限公司\",\"regionCode\":\"330382\"}").body(), "id");
        String created = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\",\"channel\":\"PHONE\","
                + "\"title\":\"持久工单\",\"description\":\"x\"}").body();
        long t = Json.number(created, "id");
        // A look ahead is a dry run; the days pass (the deadline moves into the past) and the check escalates once.
        String late = LocalDate.parse(Json.string(created, "acceptDue")).plusDays(1).toString();
        assertContains(post("/tickets/escalations?asOf=" + late, "").body(), "\"id\":" + t + ",");
        moveDeadline(t, "ACCEPT_DUE", platformToday().minusDays(1));
        assertContains(post("/tickets/escalations", "").body(), "\"id\":" + t + ",");
        assertFalse(post("/tickets/escalations", "").body().contains("\"id\":" + t + ","));
        long version = Json.number(get("/tickets/" + t).body(), "version");
        assertEquals(200, post("/tickets/" + t + "/request-info", "{\"version\":" + version
                + ",\"missingItems\":[\"营业执照\"]}").statusCode());
        assertEquals(409, post("/tickets/" + t + "/accept", "{\"version\":" + (version + 1) + "}").statusCode());
        assertContains(get("/tickets/" + t + "/timeline").body(), "\"action\":\"escalate\"");
    }

    /**
     * A new ticket is stored as its answer shows it, with its first timeline event and its audit entry (clauses 6.2.1,
     * 4.4.2). On PostgreSQL the three are written as one statement (issue 16), so this compares what that statement
     * stores, column by column, with what was sent; its version is the one the next step must name. A retry with the
     * same Idempotency-Key gets the same ticket and writes nothing more; another body with that key is refused.
     */
    @Test
    public void aNewTicketIsStoredWithItsFirstEventAndAuditEntry_6_2_1() throws Exception {
        awaitStatus("/health", 200);
        long e = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330382MA2L0F0A1")
                + "\",\"name\":\"柳市入库核对有限公司\",\"regionCode\":\"330382\"}").body(), "id");
        long earlier = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\","
                + "\"channel\":\"PHONE\",\"title\":\"被投诉的工单\",\"description\":\"x\"}").body(), "id");
        String key = "persist-" + System.nanoTime();
        String body = "{\"enterpriseId\":" + e + ",\"kind\":\"COMPLAINT\",\"channel\":\"ONLINE\",\"title\":\"入库核对投诉\","
                + "\"description\":\"核对每一列\",\"against\":{\"kind\":\"TICKET\",\"id\":" + earlier + "},"
                + "\"appointmentAt\":\"2099-01-05T02:00:00Z\"}";
        HttpResponse<String> created = postOnce("/tickets", body, key);
        assertEquals(created.body(), 201, created.statusCode());
        long t = Json.number(created.body(), "id");
        assertTrue("the newest ticket", t > earlier);
        String acceptDue = Json.string(created.body(), "acceptDue");
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT ENTERPRISE_ID, KIND, CHANNEL, TITLE, DESCRIPTION,"
                    + " STATUS, VERSION, SUBMITTED_BY, IDEMPOTENCY_KEY, SUBMISSION_HASH, TARGET_KIND, TARGET_ID,"
                    + " APPOINTMENT_AT, ACCEPT_DUE, OVERDUE, PROBLEM, RETURN_COUNT, RESOLVE_DUE, ASSIGNEE_KIND"
                    + " FROM TICKET WHERE ID = ?")) {
                ps.setLong(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(e, rs.getLong(1));
                    assertEquals("COMPLAINT", rs.getString(2));
                    assertEquals("ONLINE", rs.getString(3));
                    assertEquals("入库核对投诉", rs.getString(4));
                    assertEquals("核对每一列", rs.getString(5));
                    assertEquals("SUBMITTED", rs.getString(6));
                    assertEquals(1, rs.getLong(7));
                    assertEquals("admin", rs.getString(8));
                    assertEquals(key, rs.getString(9));
                    assertEquals(64, rs.getString(10).length());
                    assertEquals("TICKET", rs.getString(11));
                    assertEquals(earlier, rs.getLong(12));
                    assertEquals(Instant.parse("2099-01-05T02:00:00Z"), rs.getTimestamp(13).toInstant());
                    assertEquals(acceptDue, rs.getDate(14).toLocalDate().toString());
                    assertFalse(rs.getBoolean(15) || rs.getBoolean(16));
                    assertEquals(0, rs.getInt(17));
                    assertTrue(rs.getDate(18) == null && rs.getString(19) == null);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ACTOR, ACTION_CODE, FROM_STATUS, TO_STATUS, CHANNEL,"
                    + " REMARK FROM TICKET_EVENT WHERE TICKET_ID = ?")) {
                ps.setLong(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(List.of("admin", "submit", "-", "SUBMITTED", "ONLINE"), List.of(rs.getString(1),
                            rs.getString(2), String.valueOf(rs.getString(3) == null ? "-" : rs.getString(3)),
                            rs.getString(4), rs.getString(5)));
                    assertTrue("the appointment is in the remark: " + rs.getString(6), rs.getString(6) != null);
                    assertFalse("one event", rs.next());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ACTOR, ACTION_CODE, CHANGES FROM AUDIT_EVENT"
                    + " WHERE ENTITY_TYPE = 'ticket' AND ENTITY_ID = ?")) {
                ps.setString(1, Long.toString(t));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("admin", rs.getString(1));
                    assertEquals("submit", rs.getString(2));
                    assertContains(rs.getString(3), "SUBMITTED");
                    assertFalse("one audit entry", rs.next());
                }
            }
        }
        // read back through the mapping, as the answer said
        String read = get("/tickets/" + t).body();
        for (String field : List.of("\"kind\":\"COMPLAINT\"", "\"status\":\"SUBMITTED\"", "\"version\":1",
                "\"against\":{\"kind\":\"TICKET\",\"id\":" + earlier + "}", "\"acceptDue\":\"" + acceptDue + "\"")) {
            assertContains(created.body(), field);
            assertContains(read, field);
        }
        // the retry gets the same ticket and writes nothing; another body with the key is refused
        HttpResponse<String> retried = postOnce("/tickets", body, key);
        assertTrue(retried.body(), retried.statusCode() == 200 || retried.statusCode() == 201);
        assertEquals(t, Json.number(retried.body(), "id"));
        assertEquals(1, Json.number(get("/tickets?enterpriseId=" + e + "&kind=COMPLAINT&total=exact").body(), "total"));
        HttpResponse<String> other = postOnce("/tickets", body.replace("核对每一列", "另一份内容"), key);
        assertEquals(other.body(), 422, other.statusCode());
        assertContains(other.body(), "Idempotency-Key");
        // its version is the one the next step names
        assertEquals(409, post("/tickets/" + t + "/accept", "{\"version\":2}").statusCode());
        HttpResponse<String> accepted = post("/tickets/" + t + "/accept", "{\"version\":1}");
        assertEquals(accepted.body(), 200, accepted.statusCode());
        assertContains(accepted.body(), "\"version\":2");
        // another ticket of the first one's shape: on PostgreSQL written by the statement kept from it, with its own
        // values
        long again = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\","
                + "\"channel\":\"EMAIL\",\"title\":\"同一形状的第二张工单\",\"description\":\"y\"}").body(), "id");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT KIND, CHANNEL, TITLE, DESCRIPTION, ENTERPRISE_ID,"
                        + " (SELECT COUNT(*) FROM TICKET_EVENT v WHERE v.TICKET_ID = t.ID) FROM TICKET t WHERE ID = ?")) {
            ps.setLong(1, again);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(List.of("CONSULTATION", "EMAIL", "同一形状的第二张工单", "y", Long.toString(e), "1"),
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Long.toString(rs.getLong(5)), Long.toString(rs.getLong(6))));
            }
        }
    }

    /**
     * A new ticket's notice reaches its enterprise (clause 5.4.2) in its inbox and through every channel it keeps,
     * the SMS to its phone, each delivery sent once; a channel it turned off gets none. On PostgreSQL the notice and
     * its deliveries are written as one statement (issue 16), so this checks what that statement stores.
     */
    @Test
    public void aTicketsNoticeReachesItsEnterpriseOnTheChannelsItKeeps_5_4_2() throws Exception {
        awaitStatus("/health", 200);
        long e = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330382MA2L0E0A1")
                + "\",\"name\":\"柳市通知留存有限公司\",\"regionCode\":\"330382\",\"contactPhone\":\"13957700042\","
                + "\"contactEmail\":\"notice@example.com\"}").body(), "id");
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        HttpResponse<String> created = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\","
                + "\"channel\":\"PHONE\",\"title\":\"通知留存一\",\"description\":\"x\"}");
        long first = Json.number(created.body(), "id");
        // an answer that fits the server's buffer goes whole, with its length, not chunked (issue 16)
        assertEquals(created.body().getBytes(StandardCharsets.UTF_8).length,
                created.headers().firstValueAsLong("Content-Length").orElse(-1));
        String inbox = get("/notifications?unread=true", company).body();
        assertContains(inbox, "\"ticketId\":" + first);
        long notice = Json.number(inbox, "id");
        await("the SMS delivery of the first notice is SENT", () -> get("/notifications/" + notice + "/deliveries")
                .body().contains("\"channel\":\"sms\",\"status\":\"SENT\",\"attempts\":1"));
        String deliveries = get("/notifications/" + notice + "/deliveries").body();
        assertEquals(deliveries, deliveries.indexOf("\"channel\":\"sms\""),
                deliveries.lastIndexOf("\"channel\":\"sms\""));
        // as stored: the notice names its enterprise and ticket, the address is encrypted at rest
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT"
                + " n.ENTERPRISE_ID, n.TICKET_ID, n.TOPIC, n.CREATED_AT, d.ADDRESS, d.NEXT_ATTEMPT_AT, d.UPDATED_AT"
                + " FROM NOTIFICATION n JOIN NOTIFICATION_DELIVERY d ON d.NOTIFICATION_ID = n.ID"
                + " WHERE n.ID = ? AND d.CHANNEL = 'sms'")) {
            ps.setLong(1, notice);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(e, rs.getLong(1));
                assertEquals(first, rs.getLong(2));
                assertTrue(rs.getString(3), !rs.getString(3).isBlank());
                assertTrue(rs.getTimestamp(4) != null && rs.getTimestamp(6) != null && rs.getTimestamp(7) != null);
                assertTrue(rs.getString(5), rs.getString(5).startsWith("ENC1:"));
                assertFalse(rs.next());
            }
        }

        // The enterprise turns SMS off: the next notice is in its inbox and goes through no SMS.
        assertEquals(200, put("/notifications/channels", "{\"sms\":false}", company).statusCode());
        long second = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\",\"channel\":\"PHONE\","
                + "\"title\":\"通知留存二\",\"description\":\"x\"}").body(), "id");
        String later = get("/notifications?unread=true", company).body();
        assertContains(later, "\"ticketId\":" + second);
        assertEquals(2, Json.number(later, "total"));
        long secondNotice = Json.number(later, "id");
        assertTrue(secondNotice != notice);
        assertFalse(get("/notifications/" + secondNotice + "/deliveries").body().contains("\"channel\":\"sms\""));
    }

    /**
     * Two staff members press {@code accept} on the same ticket at the same moment (clause 5.4.1.1 b, one
     * acceptance): one wins, the other is told 409 with the version the winner made, never a 500.
     */
    @Test
    public void twoSimultaneousStepsOnOneTicketAreOneSuccessAndOne409_5_4_1_1() throws Exception {
        awaitStatus("/health", 200);
        long e = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330302MA2H0T0C1")
                + "\",\"name\":\"鹿城并发受理有限公司\",\"regionCode\":\"330302\"}").body(), "id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String created = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\","
                        + "\"channel\":\"PHONE\",\"title\":\"并发受理 " + round + "\",\"description\":\"x\"}").body();
                long t = Json.number(created, "id");
                long version = Json.number(created, "version");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<HttpResponse<String>>> both = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    both.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return post("/tickets/" + t + "/accept", "{\"version\":" + version + "}");
                    }));
                }
                HttpResponse<String> a = both.get(0).get(60, TimeUnit.SECONDS);
                HttpResponse<String> b = both.get(1).get(60, TimeUnit.SECONDS);
                List<Integer> statuses = new ArrayList<>(List.of(a.statusCode(), b.statusCode()));
                Collections.sort(statuses);
                assertEquals("round " + round + ": " + a.body() + " / " + b.body(), List.of(200, 409), statuses);
                HttpResponse<String> lost = a.statusCode() == 409 ? a : b;
                HttpResponse<String> won = a.statusCode() == 200 ? a : b;
                assertEquals("application/problem+json", lost.headers().firstValue("Content-Type").orElse(""));
                assertContains(lost.body(), "\"field\":\"version\"");
                // The loser learns the version it must read: the winner's.
                assertContains(lost.body(), "当前版本 " + Json.number(won.body(), "version"));
                assertEquals("ACCEPTED", Json.string(get("/tickets/" + t).body(), "status"));
                String timeline = get("/tickets/" + t + "/timeline").body();
                assertEquals(timeline, 1, timeline.split("\"action\":\"accept\"", -1).length - 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Two simultaneous imports of one year's calendar (clause 6.1 a) end as one of them, never a duplicate key. */
    @Test
    public void twoSimultaneousCalendarImportsEndAsOneOfThem_6_1_a() throws Exception {
        awaitStatus("/health", 200);
        String first = "[{\"date\":\"2031-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                + "{\"date\":\"2031-01-02\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}]";
        String second = "[{\"date\":\"2031-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"},"
                + "{\"date\":\"2031-01-04\",\"kind\":\"WORKDAY\",\"name\":\"调休\"}]";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<HttpResponse<String>>> both = new ArrayList<>();
                for (String body : List.of(first, second)) {
                    both.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return put("/calendar/2031", body);
                    }));
                }
                for (Future<HttpResponse<String>> f : both) {
                    HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                    assertEquals("round " + round + ": " + r.body(), 200, r.statusCode());
                }
                String year = get("/calendar/2031").body();
                assertEquals(year, 1, year.split("2031-01-01", -1).length - 1);
                assertTrue(year, year.contains("2031-01-02") != year.contains("2031-01-04"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Eight clerks register demands at once (clause 5.1.1): every one is stored and answered 201, and each answer
     * names the ticket it made (its id and its absolute {@code Location}), the key PostgreSQL handed back with the
     * insert itself.
     */
    @Test
    public void eightConcurrentCreatorsAllSucceed_5_1_1() throws Exception {
        awaitStatus("/health", 200);
        long e = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330302MA2H0T0D1")
                + "\",\"name\":\"鹿城并发登记有限公司\",\"regionCode\":\"330302\"}").body(), "id");
        int clerks = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        try {
            CyclicBarrier together = new CyclicBarrier(clerks);
            List<Future<List<String>>> work = new ArrayList<>();
            for (int c = 0; c < clerks; c++) {
                int clerk = c;
                work.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    List<String> failures = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        HttpResponse<String> r = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\","
                                + "\"channel\":\"PHONE\",\"title\":\"并发登记 " + clerk + "-" + i
                                + "\",\"description\":\"x\"}");
                        String title = "并发登记 " + clerk + "-" + i;
                        if (r.statusCode() != 201) {
                            failures.add(r.statusCode() + " " + r.body());
                            continue;
                        }
                        long id = Json.number(r.body(), "id");
                        String location = r.headers().firstValue("Location").orElse("");
                        if (!location.startsWith("http") || !location.endsWith("/api/v1/tickets/" + id)) {
                            failures.add("Location " + location + " for ticket " + id);
                        }
                        String stored = get("/tickets/" + id).body();
                        if (!title.equals(Json.string(stored, "title"))) {
                            failures.add("ticket " + id + " answered for " + title + " is " + stored);
                        }
                    }
                    return failures;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> f : work) {
                failures.addAll(f.get(5, TimeUnit.MINUTES));
            }
            assertEquals(failures.toString(), List.of(), failures);
            assertEquals(clerks * each, Json.number(get("/tickets?enterpriseId=" + e + "&size=1").body(), "total"));
        } finally {
            pool.shutdownNow();
        }
    }

    private String step(long ticket, String action, String json) {
        return step(ticket, action, json, adminToken());
    }

    @Test
    public void sealedFilesSurviveARestartAndTamperingIsFound_6_4() throws Exception {
        awaitStatus("/health", 200);
        long e = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330382MA2L0D0A1")
                + "\",\"name\":\"柳市档案留存有限公司\",\"regionCode\":\"330382\"}").body(), "id");
        long t = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\",\"channel\":\"WINDOW\","
                + "\"title\":\"档案留存测试\",\"description\":\"x\"}").body(), "id");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 4};
        HttpResponse<String> uploaded = postBytes("/tickets/" + t + "/attachments?filename=photo.png", png, "image/png",
                adminToken());
        assertEquals(uploaded.body(), 201, uploaded.statusCode());
        String sha = Json.string(uploaded.body(), "sha256");
        long staffId = Json.number(post("/staff", "{\"name\":\"留存服务\",\"post\":\"SERVICE_STAFF\"}").body(), "id");
        step(t, "accept", "");
        step(t, "assign", "\"assignment\":{\"kind\":\"STAFF\",\"id\":" + staffId + "}");
        step(t, "sign", "");
        step(t, "start", "\"remark\":\"当场办理\"");
        step(t, "resolve", "\"result\":\"已办结\",\"fee\":120.5");
        step(t, "feedback", "");
        step(t, "evaluate", "\"grade\":\"SATISFIED\"");
        step(t, "close", "");
        long fileId = Json.number(get("/tickets/" + t + "/archive").body(), "id");

        restart("org.esip.core");
        restart("org.esip.rest");
        awaitStatus("/health", 200);
        String file = awaitStatus("/tickets/" + t + "/archive", 200).body();
        assertContains(file, "120.50");
        assertContains(file, sha);
        assertContains(get("/archive/verification").body(), "\"intact\":true");
        HttpResponse<byte[]> download = getBytes("/tickets/" + t + "/attachments/" + Json.number(uploaded.body(), "id"),
                adminToken());
        Assert.assertArrayEquals(png, download.body());

        // Someone edits the sealed file in the database: verification names the entry.
        String original;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT CONTENT FROM ARCHIVE_ENTRY WHERE ID = " + fileId)) {
                assertTrue(rs.next());
                original = rs.getString(1);
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE ARCHIVE_ENTRY SET CONTENT = ? WHERE ID = ?")) {
                u.setString(1, original.replace("120.50", "12.50"));
                u.setLong(2, fileId);
                assertEquals(1, u.executeUpdate());
            }
        }
        String broken = get("/archive/verification").body();
        assertContains(broken, "\"intact\":false");
        assertContains(broken, "\"entryId\":" + fileId + ",\"ticketId\":" + t);
        assertContains(broken, "被改动");
        try (Connection c = dataSource.getConnection();
                PreparedStatement u = c.prepareStatement("UPDATE ARCHIVE_ENTRY SET CONTENT = ? WHERE ID = ?")) {
            u.setString(1, original);
            u.setLong(2, fileId);
            assertEquals(1, u.executeUpdate());
        }
        assertContains(get("/archive/verification").body(), "\"intact\":true");

        // A stored attachment goes missing: verification finds it too.
        Path stored = Paths.get(System.getProperty("karaf.data"), "esip", "content",
                sha.substring(0, 2), sha);
        assertTrue(stored.toString(), Files.isRegularFile(stored));
        Path aside = stored.resolveSibling(sha + ".aside");
        Files.move(stored, aside);
        if (contentSharedInDatabase()) {
            // Several nodes (store = database): a node that lacks the file - another node received it - reads it
            // from the database with the same hash, finds the archive intact, and keeps a copy.
            assertContains(get("/archive/verification").body(), "\"intact\":true");
            assertTrue("a local copy is kept", Files.isRegularFile(stored));
            Files.delete(stored);
            Assert.assertArrayEquals(png, getBytes("/tickets/" + t + "/attachments/"
                    + Json.number(uploaded.body(), "id"), adminToken()).body());
            Files.delete(aside);
        } else {
            try {
                assertContains(get("/archive/verification").body(), sha);
            } finally {
                Files.move(aside, stored);
            }
        }
        assertContains(get("/archive/verification").body(), "\"intact\":true");
    }

    /** Whether this suite's platform keeps attachments in the database too ({@code store = database}). */
    protected boolean contentSharedInDatabase() {
        return false;
    }

    /**
     * Backup and restore (clause 6.4.4): a backup taken online over REST and on the console holds every table
     * and the content store with a manifest; restored with {@code esip:restore} through {@code bin/client}
     * into a fresh instance (same data key, empty database), every enterprise, ticket and content file is
     * back with the same ids, personal data still decrypts and new records get new ids.
     */
    @Test
    public void aBackupRestoresIntoAFreshInstance_6_4_4() throws Exception {
        awaitStatus("/health", 200);
        long enterprise = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330302MA2B0K0A1")
                + "\",\"name\":\"鹿城备份恢复有限公司\",\"regionCode\":\"330302\",\"contactPhone\":\"19905779001\","
                + "\"annualRevenue\":1234.5,\"foundedOn\":\"2012-02-29\",\"tags\":[\"出口\"]}").body(), "id");
        String created = post("/tickets", "{\"enterpriseId\":" + enterprise + ",\"kind\":\"APPEAL\",\"channel\":\"PHONE\","
                + "\"title\":\"备份前的诉求\",\"description\":\"附件见内容库\"}").body();
        long ticket = Json.number(created, "id");
        assertEquals(200, post("/tickets/" + ticket + "/accept", "{\"version\":" + Json.number(created, "version") + "}")
                .statusCode());
        // a file of the content store, named by its SHA-256 in a two-level folder
        byte[] attachment = ("营业执照扫描件 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(attachment));
        Path content = Paths.get(System.getProperty("karaf.data"), "esip", "content");
        Files.createDirectories(content.resolve(hash.substring(0, 2)));
        Files.write(content.resolve(hash.substring(0, 2)).resolve(hash), attachment);

        // and an attachment uploaded the usual way, with the archive as it stands
        byte[] pdf = ("%PDF-1.4 备份前上传的附件 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = postBytes("/tickets/" + ticket + "/attachments?filename=backup.pdf", pdf,
                "application/pdf", adminToken());
        assertEquals(uploaded.body(), 201, uploaded.statusCode());
        long attachmentId = Json.number(uploaded.body(), "id");
        long archiveEntries = Json.number(get("/archive/verification").body(), "entries");

        String staff = tokenOfNewAccount("STAFF", "");
        assertEquals(403, post("/admin/backups", "", staff).statusCode());
        assertEquals(403, get("/admin/backups", staff).statusCode());

        long started = System.nanoTime();
        HttpResponse<String> taken = post("/admin/backups", "");
        long backupMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(taken.body(), 201, taken.statusCode());
        Path folder = Paths.get(Json.string(taken.body(), "folder"));
        assertTrue(folder.getFileName().toString(), folder.getFileName().toString().matches("esip-backup-\\d{8}-\\d{6}(-\\d+)?"));
        // each table's rows as gzip-compressed JSON lines
        assertContains(gunzip(folder.resolve("database/ENTERPRISE.jsonl.gz")), "\"table\":\"ENTERPRISE\"");
        assertTrue(Files.isRegularFile(folder.resolve("database/TICKET_EVENT.jsonl.gz")));
        assertArrayEquals(attachment, Files.readAllBytes(folder.resolve("content/" + hash.substring(0, 2) + "/" + hash)));
        String manifest = Files.readString(folder.resolve("manifest.json"));
        assertContains(manifest, "\"schemaVersion\" : \"");
        assertContains(manifest, "\"dataKeyFingerprint\" : \"");
        assertContains(manifest, "\"content/" + hash.substring(0, 2) + "/" + hash + "\" : {\n      \"sha256\" : \"" + hash);
        assertFalse("the manifest lists no history table", manifest.contains("SCHEMA_HISTORY"));
        String key = Files.readString(Paths.get(System.getProperty("karaf.etc"), "esip-data.key")).strip();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String text = f.toString().endsWith(".gz") ? gunzip(f) : Files.readString(f, StandardCharsets.ISO_8859_1);
                assertFalse("the data key is never in a backup: " + f, text.contains(key));
            }
        }
        String onConsole = console("esip:backup");
        assertContains(onConsole, "备份完成 Backup complete: ");
        String list = get("/admin/backups").body();
        assertContains(list, folder.getFileName().toString());
        assertTrue(list, Json.number(list, "contentFiles") >= 1);
        try (Stream<Path> names = Files.list(folder.getParent())) {
            assertFalse("no half-finished backup is left", names.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
        }

        String enterpriseBefore = get("/enterprises/" + enterprise).body();
        String ticketBefore = get("/tickets/" + ticket).body();
        String timelineBefore = get("/tickets/" + ticket + "/timeline").body();
        long enterprises = Json.number(get("/enterprises?size=1").body(), "total");
        long tickets = Json.number(get("/tickets?size=1").body(), "total");
        String ids = ids(get("/enterprises?size=200&sort=id").body());

        try (FreshInstance fresh = FreshInstance.start(TEST_ADMIN_PASSWORD)) {
            started = System.nanoTime();
            String restored = fresh.client("admin", TEST_ADMIN_PASSWORD, "esip:restore " + folder);
            long restoreMillis = (System.nanoTime() - started) / 1_000_000;
            assertContains(restored, "恢复完成 Restore complete");
            assertContains(restored, "exit 0");
            // the accounts are the backup's: the administrator signs in with the password it had there
            String token = fresh.token("admin", TEST_ADMIN_PASSWORD);
            assertEquals(expectedDatabase(), Json.string(fresh.get("/health", null).body(), "databaseProduct"));
            assertEquals(enterprises, Json.number(fresh.get("/enterprises?size=1", token).body(), "total"));
            assertEquals(tickets, Json.number(fresh.get("/tickets?size=1", token).body(), "total"));
            assertEquals(ids, ids(fresh.get("/enterprises?size=200&sort=id", token).body()));
            String enterpriseAfter = fresh.get("/enterprises/" + enterprise, token).body();
            assertEquals("19905779001", Json.string(enterpriseAfter, "contactPhone"));
            assertEquals(enterpriseBefore, enterpriseAfter);
            assertEquals(ticketBefore, fresh.get("/tickets/" + ticket, token).body());
            assertEquals(timelineBefore, fresh.get("/tickets/" + ticket + "/timeline", token).body());
            assertArrayEquals(attachment, Files.readAllBytes(fresh.home.resolve("data/esip/content/" + hash.substring(0, 2)
                    + "/" + hash)));
            // the uploaded attachment downloads again, and the archive chain verifies as it did
            assertEquals(new String(pdf, StandardCharsets.UTF_8), fresh.get("/tickets/" + ticket + "/attachments/"
                    + attachmentId, token).body());
            String verified = fresh.get("/archive/verification", token).body();
            assertContains(verified, "\"intact\":true");
            assertEquals(archiveEntries, Json.number(verified, "entries"));
            // new records continue after the restored ids
            HttpResponse<String> next = fresh.post("/tickets", "{\"enterpriseId\":" + enterprise + ",\"kind\":\"CONSULTATION\","
                    + "\"channel\":\"PHONE\",\"title\":\"恢复后的新诉求\",\"description\":\"x\"}", token);
            assertEquals(next.body(), 201, next.statusCode());
            assertTrue(next.body(), Json.number(next.body(), "id") > ticket);
            // a database that holds records is replaced only on purpose
            String again = fresh.client("admin", TEST_ADMIN_PASSWORD, "esip:restore " + folder);
            assertContains(again, "--replace");
            assertFalse(again, again.endsWith("exit 0"));
            System.out.println("backup and restore on " + expectedDatabase() + ": backup " + backupMillis
                    + " ms over REST, restore " + restoreMillis + " ms through bin/client");
            fresh.passed();
        }
    }

    /** The ids of a page of records, in order. */
    private static String ids(String page) {
        StringBuilder ids = new StringBuilder();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),").matcher(page);
        while (m.find()) {
            ids.append(m.group(1)).append(' ');
        }
        return ids.toString();
    }

    private static String code(String first17) {
        return first17 + PlatformIT.checkCharacter(first17);
    }

    private void restart(String symbolicName) throws Exception {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                b.stop();
                assertEquals(Bundle.RESOLVED, b.getState());
                b.start();
                await(symbolicName + " is active again", () -> b.getState() == Bundle.ACTIVE);
                return;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /** A gzip-compressed file's text. */
    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

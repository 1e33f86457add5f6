package org.esip.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Assert;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.postgresql.Driver;

/**
 * {@link PersistenceSuite} on PostgreSQL at 127.0.0.1:5432 (user postgres), in a database this test
 * creates afresh (and a second one, {@code <database>_restore}, that a backup is restored into). PostgreSQL is required: when it cannot be reached the suite fails, it never skips.
 * Host, port, user and database can be changed with -Desip.itest.pg.url, -Desip.itest.pg.user and
 * -Desip.itest.pg.database.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersistencePostgresIT extends PersistenceSuite {
    /** Several work trees may run this suite at once on one server: each can name its own database. */
    private static final String DATABASE = PostgresDatabase.PREFIX;
    private static final String POOL_URL_OPTIONS =
            "?connectTimeout=3&loginTimeout=3&options=-c%20plan_cache_mode%3Dforce_custom_plan"
                    + "%20-c%20max_parallel_workers_per_gather%3D0";
    /**
     * As the shipped config/org.ops4j.datasource-esip.cfg.postgresql: a bounded wait, idle connections validated in
     * the background, none at each borrow.
     */
    private static final String[] POOL = {"pool.maxWaitMillis = 3000", "pool.testOnBorrow = false",
        "pool.testWhileIdle = true", "pool.timeBetweenEvictionRunsMillis = 30000", "pool.numTestsPerEvictionRun = 16",
        "factory.validationQuery = SELECT 1"};

    @Configuration
    public Option[] config() {
        // the suite's database, and an empty one for the fresh instance a backup is restored into
        PostgresDatabase.createAfresh(DATABASE, DATABASE + "_restore");
        File cfg = PostgresDatabase.datasource("org.ops4j.datasource-esip.cfg", DATABASE + POOL_URL_OPTIONS, POOL);
        File fresh = PostgresDatabase.datasource("org.ops4j.datasource-esip-restore.cfg",
                DATABASE + "_restore" + POOL_URL_OPTIONS, POOL);
        return distribution(replaceConfigurationFile("etc/org.ops4j.datasource-esip.cfg", cfg),
                // as a platform with several nodes runs: every attachment also in the database
                editConfigurationFilePut("etc/org.esip.content.cfg", "store", "database"),
                systemProperty(FreshInstance.DATASOURCE_PROPERTY).value(fresh.getAbsolutePath()),
                // the test methods run inside the container: they must name the same server and database
                systemProperty("esip.itest.pg.database").value(DATABASE),
                systemProperty("esip.itest.pg.url").value(PostgresDatabase.server()),
                systemProperty("esip.itest.pg.user").value(PostgresDatabase.user()));
    }

    @Override
    protected boolean contentSharedInDatabase() {
        return true;
    }

    /**
     * The database refuses every connection: requests are answered 503 problem+json promptly (the pool's bounded
     * wait), never hang or 500; once it accepts connections again the platform serves without a restart.
     */
    @Test
    public void aDatabaseThatIsAwayIsAPrompt503AndRecoveryNeedsNoRestart() throws Exception {
        awaitStatus("/health", 200);
        String token = adminToken();
        String server = PostgresDatabase.server();
        Properties login = new Properties();
        login.setProperty("user", PostgresDatabase.user());
        login.setProperty("password", "");
        try (Connection admin = new Driver().connect(server + "postgres", login);
                Statement s = admin.createStatement()) {
            try {
                s.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
                for (String path : new String[] {"/enterprises", "/tickets?size=5"}) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = get(path, token);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    Assert.assertEquals(path + " " + r.body(), 503, r.statusCode());
                    Assert.assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
                    assertContains(r.body(), "数据库暂时无法访问");
                    Assert.assertTrue(path + " took " + millis + " ms", millis < 8_000);
                }
                HttpResponse<String> write = post("/enterprises", "{\"creditCode\":\"x\"}", token);
                Assert.assertTrue(write.body(), write.statusCode() == 503 || write.statusCode() == 400);
                Assert.assertEquals(503, get("/health", null).statusCode());
            } finally {
                s.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
            }
        }
        awaitStatus("/health", 200);
        await("the API serves again without a restart", () -> get("/enterprises", token).statusCode() == 200);
    }

    /**
     * When the platform's database is taken away after start ({@code DatabaseOpener} disabled: no {@code Database}
     * service, as while a database cannot be opened) the API stays and answers 503 problem+json with
     * {@code Retry-After}: {@code /health}, and a request with a token, which cannot be checked without the database;
     * a request without a token is still refused (401). Never 404, as before. Once the database is open again everything
     * answers and the token signed in before still counts, without a restart. (At start, before every resource has
     * come once, the gate of {@code TrackedResources} answers every request 503; that path is not booted here.)
     */
    @Test
    public void withoutAnOpenDatabaseTheApiAnswers503NotNotFound() {
        awaitStatus("/health", 200);
        String token = adminToken();
        console("scr:disable org.esip.core.internal.persistence.DatabaseOpener");
        try {
            await("/health and a request with a token answer 503 without the database",
                    () -> get("/health", null).statusCode() == 503 && get("/enterprises", token).statusCode() == 503);
            for (String path : new String[] {"/health", "/enterprises", "/tickets?size=5"}) {
                HttpResponse<String> r = get(path, token);
                Assert.assertEquals(path + " " + r.body(), 503, r.statusCode());
                Assert.assertEquals(path, "application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
                assertContains(r.body(), "resource.unavailable");
                assertContains(r.body(), "该项服务正在启动或重新启动");
                Assert.assertEquals(path, "5", r.headers().firstValue("Retry-After").orElse(""));
            }
            Assert.assertEquals(503, get("/health", null).statusCode());
            Assert.assertEquals(401, get("/enterprises", null).statusCode());
        } finally {
            console("scr:enable org.esip.core.internal.persistence.DatabaseOpener");
        }
        awaitStatus("/health", 200);
        await("the API serves again without a restart", () -> get("/enterprises", token).statusCode() == 200);
    }

    /**
     * The ticket indexes over columns a new ticket leaves empty hold only tickets with a value (migration 26.1, issue
     * 16: fewer index entries per create), and the queries that use them still find them with a generic plan, where
     * no parameter's value is known: the overdue sweep by a deadline, an organisation's list by its assignee.
     */
    @Test
    public void theTicketIndexesOfEmptyColumnsHoldOnlyTicketsWithAValue() throws Exception {
        awaitStatus("/health", 200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> sparse = firstColumn(s, "SELECT indexname FROM pg_indexes WHERE tablename = 'ticket'"
                    + " AND indexdef LIKE '%WHERE (% IS NOT NULL)' ORDER BY indexname");
            Assert.assertEquals(List.of("ix_ticket_assignee_created", "ix_ticket_category", "ix_ticket_correction_due",
                    "ix_ticket_handler_due", "ix_ticket_offer_due", "ix_ticket_request_kind", "ix_ticket_resolve_due",
                    "ix_ticket_target"), sparse);
            assertGenericPlansUseTheirIndexes(c, s,
                    new IndexedQuery("sweep_by_due(date) AS SELECT ID FROM TICKET WHERE RESOLVE_DUE < $1",
                            "sweep_by_due('2030-01-01')", "ix_ticket_resolve_due"),
                    new IndexedQuery("list_by_assignee(varchar, bigint) AS SELECT ID FROM TICKET WHERE ASSIGNEE_KIND = $1"
                            + " AND ASSIGNEE_ID = $2 ORDER BY CREATED_AT DESC, ID DESC LIMIT 20",
                            "list_by_assignee('ORGANISATION', 1)", "ix_ticket_assignee_created"));
        }
    }

    /**
     * A notice is indexed only by the recipient it has, and a ticket's enterprise only by the index of an enterprise's
     * tickets in order (migration 27.1, issue 16: two index entries fewer per create); an inbox and an enterprise's
     * tickets are still read through an index with a generic plan, where no parameter's value is known.
     */
    @Test
    public void anInboxAndAnEnterprisesTicketsAreReadThroughTheLeanerIndexes() throws Exception {
        awaitStatus("/health", 200);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> indexes = new ArrayList<>();
            for (String index : firstColumn(s, "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE tablename"
                    + " = 'notification' AND indexname <> 'pk_notification' ORDER BY indexname")) {
                indexes.add(index.replaceAll(" CREATE INDEX .* WHERE ", " WHERE "));
            }
            Assert.assertEquals(List.of("ix_notification_enterprise WHERE (enterprise_id IS NOT NULL)",
                    "ix_notification_username WHERE (username IS NOT NULL)"), indexes);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_ticket_enterprise'")) {
                Assert.assertTrue(rs.next());
                Assert.assertEquals(0, rs.getInt(1));
            }
            assertGenericPlansUseTheirIndexes(c, s,
                    new IndexedQuery("inbox_of_enterprise(bigint) AS SELECT ID FROM NOTIFICATION WHERE ENTERPRISE_ID = $1",
                            "inbox_of_enterprise(1)", "ix_notification_enterprise"),
                    new IndexedQuery("inbox_of_account(varchar) AS SELECT ID FROM NOTIFICATION WHERE USERNAME = $1",
                            "inbox_of_account('admin')", "ix_notification_username"),
                    new IndexedQuery("tickets_of_enterprise(bigint) AS SELECT ID FROM TICKET WHERE ENTERPRISE_ID = $1",
                            "tickets_of_enterprise(1)", "ix_ticket_enterprise_created"));
        }
    }

    /** A query prepared as {@code PREPARE <prepared>}, run as {@code EXECUTE <execution>}, read through {@code index}. */
    private record IndexedQuery(String prepared, String execution, String index) {
    }

    /**
     * Asserts that each query's generic plan (no parameter's value known, sequential scans ruled out) reads through
     * its index. Prepared in a transaction that is rolled back, so nothing of it stays on the pooled connection.
     */
    private static void assertGenericPlansUseTheirIndexes(Connection c, Statement s, IndexedQuery... queries)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            s.execute("SET LOCAL enable_seqscan = off");
            s.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            for (IndexedQuery query : queries) {
                s.execute("PREPARE " + query.prepared());
                String plan = plan(s, "EXPLAIN EXECUTE " + query.execution());
                Assert.assertTrue(query.execution() + " reads through " + query.index() + ":\n" + plan,
                        plan.contains(query.index()));
            }
        } finally {
            c.rollback();
            s.execute("DEALLOCATE ALL");
            c.setAutoCommit(true);
        }
    }

    private static String plan(Statement s, String explain) throws SQLException {
        return String.join("\n", firstColumn(s, explain));
    }

    /** The first column of every row {@code query} answers, as text, in its order. */
    private static List<String> firstColumn(Statement s, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /**
     * A search for two characters, which no trigram serves, goes through the two-character indexes of migration 25.1
     * on PostgreSQL and finds exactly what the plain {@code LIKE} finds, in the same order, for fragments of the name
     * and of the credit code, in either case.
     */
    @Test
    public void aTwoCharacterSearchFindsWhatALikeScanFinds() throws Exception {
        awaitStatus("/health", 200);
        String[][] made = {{"91330302MA2T0X0A1", "鹿城短搜检测有限公司"}, {"91330302MA2T0X0B1", "ABc短搜科技有限公司"},
            {"91330302MA2T0X0C1", "搜短倒序有限公司"}};
        for (String[] e : made) {
            HttpResponse<String> r = post("/enterprises", "{\"creditCode\":\"" + EnterpriseRegistryIT.code(e[0])
                    + "\",\"name\":\"" + e[1] + "\",\"regionCode\":\"330302\"}");
            Assert.assertEquals(r.body(), 201, r.statusCode());
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_indexes WHERE indexname IN"
                        + " ('ix_enterprise_name_bigram', 'ix_enterprise_credit_code_bigram')")) {
            Assert.assertTrue(rs.next());
            Assert.assertEquals("both two-character indexes exist", 2, rs.getInt(1));
        }
        for (String q : List.of("短搜", "搜短", "bc", "AB", "t0", "x0", "公司", "有限", "鹿城", "无此", "鹿")) {
            String body = get("/enterprises?size=200&total=exact&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                    .body();
            List<String> found = new ArrayList<>();
            Matcher m = Pattern.compile("\"creditCode\":\"([^\"]*)\"").matcher(body);
            while (m.find()) {
                found.add(m.group(1));
            }
            List<String> scanned = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT CREDIT_CODE FROM ENTERPRISE WHERE STATUS = 'ACTIVE' AND (LOWER(NAME) LIKE ?"
                            + " OR CREDIT_CODE LIKE ?) ORDER BY ID")) {
                ps.setString(1, "%" + q.toLowerCase(Locale.ROOT) + "%");
                ps.setString(2, "%" + q.toUpperCase(Locale.ROOT) + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        scanned.add(rs.getString(1));
                    }
                }
            }
            Assert.assertEquals(q, scanned.size(), Json.number(body, "total"));
            Assert.assertEquals(q, scanned.subList(0, Math.min(200, scanned.size())), found);
        }
    }

    /**
     * A deep offset page (beyond {@code Search.DEFERRED_FROM}, read as ids first and then the records) is the page
     * the cursor reaches at the same place and the one SQL reads with the same OFFSET.
     */
    @Test
    public void aDeepOffsetPageIsTheCursorsPageAndTheOffsetsRows() throws Exception {
        awaitStatus("/health", 200);
        long enterprise = Json.number(post("/enterprises", "{\"creditCode\":\""
                + EnterpriseRegistryIT.code("91330302MA2T0Y0A1") + "\",\"name\":\"鹿城深页有限公司\","
                + "\"regionCode\":\"330302\"}").body(), "id");
        for (int i = 1; i <= 3; i++) {
            Assert.assertEquals(201, post("/tickets", "{\"enterpriseId\":" + enterprise + ",\"kind\":\"CONSULTATION\","
                    + "\"channel\":\"PHONE\",\"title\":\"深页 " + i + "\",\"description\":\"x\"}").statusCode());
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long before;
            try (ResultSet rs = s.executeQuery("SELECT MAX(ID) FROM TICKET")) {
                rs.next();
                before = rs.getLong(1);
            }
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "ticket", null)) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME");
                    if (!column.equalsIgnoreCase("id") && !column.equalsIgnoreCase("status")) {
                        columns.add(column);
                    }
                }
            }
            String list = String.join(", ", columns);
            try {
                // 3 072 closed copies of the enterprise's tickets (closed: nothing escalates them)
                for (int i = 0; i < 10; i++) {
                    s.executeUpdate("INSERT INTO TICKET (" + list + ", STATUS) SELECT " + list + ", 'CLOSED' FROM TICKET"
                            + " WHERE ENTERPRISE_ID = " + enterprise);
                }
                String path = "/tickets?enterpriseId=" + enterprise + "&status=CLOSED";
                for (int page : List.of(51, 60, 153)) {
                    List<Long> byOffset = ticketIds(get(path + "&size=20&page=" + page).body());
                    List<Long> bySql = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT ID FROM TICKET WHERE ENTERPRISE_ID = " + enterprise
                            + " AND STATUS = 'CLOSED' ORDER BY CREATED_AT DESC, ID DESC OFFSET " + page * 20
                            + " LIMIT 20")) {
                        while (rs.next()) {
                            bySql.add(rs.getLong(1));
                        }
                    }
                    Assert.assertEquals("page " + page, bySql, byOffset);
                    // the cursor: pages of 20 from the start
                    String after = null;
                    for (int read = 0; read < page * 20; read += 20) {
                        after = Json.string(get(path + "&size=20" + (after == null ? "" : "&after=" + after)).body(),
                                "next");
                    }
                    Assert.assertEquals("page " + page, byOffset, ticketIds(get(path + "&size=20&after=" + after)
                            .body()));
                }
            } finally {
                s.executeUpdate("DELETE FROM TICKET WHERE ID > " + before + " AND ENTERPRISE_ID = " + enterprise
                        + " AND STATUS = 'CLOSED'");
            }
        }
    }

    private static List<Long> ticketIds(String body) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"enterpriseId\"").matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Override
    protected String expectedDatabase() {
        return "PostgreSQL";
    }
}

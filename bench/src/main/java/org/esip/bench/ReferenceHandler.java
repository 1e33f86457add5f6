package org.esip.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.commons.dbcp2.BasicDataSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The raw-JDBC reference of issue 16: the least a server can do to take a ticket over HTTP. A JDK
 * {@code HttpServer} and a commons-dbcp2 pool (the pool the distribution's pax-jdbc uses, here without a
 * validation per borrow), one transaction per create that writes the same two rows as an esip ticket create —
 * the ticket and its first timeline event — into its own table pair {@code BENCH_TICKET}/{@code BENCH_EVENT}
 * (the columns esip's {@code TICKET}/{@code TICKET_EVENT} fill on submission, the idempotency unique key and
 * the enterprise and creation-time indexes), on the same database as esip.
 * <p>
 * What it does not do, and esip does: authentication (the bearer token), the enterprise's existence, the
 * working-day calendar, the audit entry and the one-time notification, bean validation and problem answers,
 * JSON binding with Jackson, JPA. That difference is what the ratio measures.
 * <ul>
 * <li>{@code POST /tickets} — {@code {"enterpriseId","kind","channel","title","description"}} and an optional
 * {@code Idempotency-Key} header: 201 with {@code {"id","status","acceptDue"}} and {@code Location}; the same key
 * again answers the earlier ticket (200); a missing field 400.</li>
 * <li>{@code GET /tickets/{id}} — the ticket's row as JSON, or 404.</li>
 * <li>{@code GET /health} — 200.</li>
 * </ul>
 */
public final class ReferenceHandler implements AutoCloseable {
    private static final String ACTOR = "bench";
    private static final Set<String> KINDS = Set.of("CONSULTATION", "DEMAND", "APPEAL", "COMPLAINT");
    private static final String INSERT_TICKET = "INSERT INTO BENCH_TICKET (ENTERPRISE_ID, KIND, CHANNEL, TITLE,"
            + " DESCRIPTION, STATUS, CREATED_AT, VERSION, SUBMITTED_BY, IDEMPOTENCY_KEY, ACCEPT_DUE)"
            + " VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, 1, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO BENCH_EVENT (TICKET_ID, OCCURRED_AT, ACTOR, ACTION_CODE,"
            + " FROM_STATUS, TO_STATUS, CHANNEL) VALUES (?, ?, ?, 'submit', NULL, 'SUBMITTED', ?)";
    private static final String SELECT_TICKET = "SELECT ID, ENTERPRISE_ID, KIND, CHANNEL, TITLE, DESCRIPTION, STATUS,"
            + " CREATED_AT, VERSION, ACCEPT_DUE FROM BENCH_TICKET WHERE ID = ?";
    private static final String SELECT_BY_KEY = "SELECT ID, ACCEPT_DUE FROM BENCH_TICKET WHERE SUBMITTED_BY = ?"
            + " AND IDEMPOTENCY_KEY = ?";

    private final BasicDataSource pool;
    private final HttpServer server;
    private final ExecutorService threads;

    private ReferenceHandler(BasicDataSource pool, HttpServer server, ExecutorService threads) {
        this.pool = pool;
        this.server = server;
        this.threads = threads;
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv);
        if (a.flag("help")) {
            System.out.println("""
                    usage: bench.sh reference [--url jdbc:postgresql://127.0.0.1:5432/esip] [--user postgres] [--password '']
                                              [--host 127.0.0.1] [--port 8282] [--pool 16] [--threads 64] [--reset]
                           bench.sh reference --drop [--url …]   drops BENCH_TICKET/BENCH_EVENT and exits""");
            return;
        }
        if (a.flag("drop")) {
            try (BasicDataSource pool = new BasicDataSource()) {
                pool.setUrl(a.get("url", "jdbc:postgresql://127.0.0.1:5432/esip"));
                pool.setUsername(a.get("user", "postgres"));
                pool.setPassword(a.get("password", ""));
                pool.setDefaultAutoCommit(false);
                System.out.println(drop(pool) ? "dropped BENCH_EVENT and BENCH_TICKET" : "no BENCH_TICKET table there");
            }
            return;
        }
        ReferenceHandler h = start(a.get("url", "jdbc:postgresql://127.0.0.1:5432/esip"), a.get("user", "postgres"),
                a.get("password", ""), a.get("host", "127.0.0.1"), a.integer("port", 8282), a.integer("pool", 16),
                a.integer("threads", 64), a.flag("reset"));
        Runtime.getRuntime().addShutdownHook(new Thread(h::close));
        System.out.println("reference handler listening on http://" + a.get("host", "127.0.0.1") + ":" + h.port()
                + " (POST /tickets, GET /tickets/{id}, GET /health)");
        Thread.currentThread().join();
    }

    /**
     * Opens the pool, creates the table pair if missing ({@code reset}: drops it first), and serves. Port 0 takes
     * a free port ({@link #port()}).
     */
    public static ReferenceHandler start(String url, String user, String password, String host, int port,
            int poolSize, int threadCount, boolean reset) throws IOException, SQLException {
        // The JDK server writes a response's headers and body apart: without TCP_NODELAY, Nagle's algorithm and
        // the client's delayed ACK hold each small answer back ~40 ms. Read once, when the server class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        BasicDataSource pool = new BasicDataSource();
        pool.setUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaxTotal(poolSize);
        pool.setMaxIdle(poolSize);
        pool.setDefaultAutoCommit(false);
        pool.setTestOnBorrow(false); // no validation round trip per borrow
        pool.setMaxWaitMillis(3000);
        try {
            schema(pool, reset);
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 1024);
            ExecutorService threads = Executors.newFixedThreadPool(threadCount);
            ReferenceHandler h = new ReferenceHandler(pool, server, threads);
            server.createContext("/", h::handle);
            server.setExecutor(threads);
            server.start();
            return h;
        } catch (IOException | SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
            pool.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            // closing anyway
        }
    }

    /**
     * Removes the table pair. Run it when done: esip's backup copies every table of its database, and a restore
     * into a fresh instance has no place for these.
     */
    static boolean drop(BasicDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "BENCH_TICKET")) {
                return false;
            }
            s.execute("DROP TABLE BENCH_EVENT");
            s.execute("DROP TABLE BENCH_TICKET");
            c.commit();
            return true;
        }
    }

    /** Portable SQL (Derby and PostgreSQL), as esip's migrations. */
    static void schema(BasicDataSource pool, boolean reset) throws SQLException {
        if (reset) {
            drop(pool);
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            boolean exists = exists(c, "BENCH_TICKET");
            if (!exists) {
                s.execute("CREATE TABLE BENCH_TICKET ("
                        + " ID BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,"
                        + " ENTERPRISE_ID BIGINT NOT NULL,"
                        + " KIND VARCHAR(20) NOT NULL,"
                        + " CHANNEL VARCHAR(20) NOT NULL,"
                        + " TITLE VARCHAR(200) NOT NULL,"
                        + " DESCRIPTION VARCHAR(4000) NOT NULL,"
                        + " STATUS VARCHAR(20) NOT NULL,"
                        + " CREATED_AT TIMESTAMP NOT NULL,"
                        + " VERSION BIGINT NOT NULL,"
                        + " SUBMITTED_BY VARCHAR(100),"
                        + " IDEMPOTENCY_KEY VARCHAR(100),"
                        + " ACCEPT_DUE DATE,"
                        + " CONSTRAINT PK_BENCH_TICKET PRIMARY KEY (ID),"
                        + " CONSTRAINT UK_BENCH_TICKET_IDEMPOTENCY UNIQUE (SUBMITTED_BY, IDEMPOTENCY_KEY))");
                s.execute("CREATE INDEX IX_BENCH_TICKET_ENTERPRISE ON BENCH_TICKET (ENTERPRISE_ID)");
                s.execute("CREATE INDEX IX_BENCH_TICKET_CREATED_AT ON BENCH_TICKET (CREATED_AT)");
                s.execute("CREATE TABLE BENCH_EVENT ("
                        + " ID BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,"
                        + " TICKET_ID BIGINT NOT NULL,"
                        + " OCCURRED_AT TIMESTAMP NOT NULL,"
                        + " ACTOR VARCHAR(100) NOT NULL,"
                        + " ACTION_CODE VARCHAR(30) NOT NULL,"
                        + " FROM_STATUS VARCHAR(20),"
                        + " TO_STATUS VARCHAR(20) NOT NULL,"
                        + " CHANNEL VARCHAR(20),"
                        + " REMARK VARCHAR(4000),"
                        + " CONSTRAINT PK_BENCH_EVENT PRIMARY KEY (ID),"
                        + " CONSTRAINT FK_BENCH_EVENT_TICKET FOREIGN KEY (TICKET_ID) REFERENCES BENCH_TICKET (ID))");
                s.execute("CREATE INDEX IX_BENCH_EVENT_TICKET ON BENCH_EVENT (TICKET_ID)");
            }
            c.commit();
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet r = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void handle(HttpExchange x) throws IOException {
        try {
            String path = x.getRequestURI().getPath();
            String method = x.getRequestMethod();
            if ("POST".equals(method) && path.equals("/tickets")) {
                create(x);
            } else if ("GET".equals(method) && path.startsWith("/tickets/")) {
                read(x, path.substring("/tickets/".length()));
            } else if ("GET".equals(method) && path.equals("/health")) {
                send(x, 200, "{\"status\":\"UP\"}");
            } else {
                send(x, 404, "{\"status\":404}");
            }
        } catch (SQLException e) {
            send(x, 503, "{\"status\":503,\"detail\":\"" + Json.escape(String.valueOf(e.getMessage())) + "\"}");
        } catch (RuntimeException e) {
            send(x, 500, "{\"status\":500,\"detail\":\"" + Json.escape(e.toString()) + "\"}");
        } finally {
            x.close();
        }
    }

    private void create(HttpExchange x) throws IOException, SQLException {
        String body;
        try (InputStream in = x.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Long enterprise = Json.number(body, "enterpriseId");
        String kind = Json.string(body, "kind");
        String channel = Json.string(body, "channel");
        String title = Json.string(body, "title");
        String description = Json.string(body, "description");
        String key = x.getRequestHeaders().getFirst("Idempotency-Key");
        if (enterprise == null || kind == null || !KINDS.contains(kind) || channel == null || blank(title)
                || title.length() > 200 || blank(description) || description.length() > 4000
                || key != null && key.length() > 100) {
            send(x, 400, "{\"status\":400,\"detail\":\"enterpriseId, kind, channel, title and description are required\"}");
            return;
        }
        Instant now = Instant.now();
        LocalDate acceptDue = addWorkingDays(LocalDate.now(), 3);
        try (Connection c = pool.getConnection()) {
            long id;
            try (PreparedStatement t = c.prepareStatement(INSERT_TICKET, Statement.RETURN_GENERATED_KEYS)) {
                t.setLong(1, enterprise);
                t.setString(2, kind);
                t.setString(3, channel);
                t.setString(4, title);
                t.setString(5, description);
                t.setTimestamp(6, Timestamp.from(now));
                t.setString(7, ACTOR);
                t.setString(8, key);
                t.setDate(9, Date.valueOf(acceptDue));
                t.executeUpdate();
                try (ResultSet keys = t.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                try (PreparedStatement e = c.prepareStatement(INSERT_EVENT)) {
                    e.setLong(1, id);
                    e.setTimestamp(2, Timestamp.from(now));
                    e.setString(3, ACTOR);
                    e.setString(4, channel);
                    e.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (key != null && e.getSQLState() != null && e.getSQLState().equals("23505")) {
                    earlier(x, c, key);
                    return;
                }
                throw e;
            }
            x.getResponseHeaders().set("Location", "tickets/" + id);
            send(x, 201, "{\"id\":" + id + ",\"status\":\"SUBMITTED\",\"acceptDue\":\"" + acceptDue + "\"}");
        }
    }

    /** The same Idempotency-Key again: the ticket it made. */
    private void earlier(HttpExchange x, Connection c, String key) throws IOException, SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT_BY_KEY)) {
            s.setString(1, ACTOR);
            s.setString(2, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                send(x, 200, "{\"id\":" + r.getLong(1) + ",\"status\":\"SUBMITTED\",\"acceptDue\":\"" + r.getDate(2) + "\"}");
            }
        } finally {
            c.rollback();
        }
    }

    private void read(HttpExchange x, String idText) throws IOException, SQLException {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            send(x, 400, "{\"status\":400}");
            return;
        }
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(SELECT_TICKET)) {
            s.setLong(1, id);
            String json = null;
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    json = "{\"id\":" + r.getLong(1) + ",\"enterpriseId\":" + r.getLong(2) + ",\"kind\":\""
                            + r.getString(3) + "\",\"channel\":\"" + r.getString(4) + "\",\"title\":\""
                            + Json.escape(r.getString(5)) + "\",\"description\":\"" + Json.escape(r.getString(6))
                            + "\",\"status\":\"" + r.getString(7) + "\",\"createdAt\":\""
                            + r.getTimestamp(8).toInstant() + "\",\"version\":" + r.getLong(9) + ",\"acceptDue\":\""
                            + r.getDate(10) + "\"}";
                }
            }
            c.rollback();
            if (json == null) {
                send(x, 404, "{\"status\":404}");
            } else {
                send(x, 200, json);
            }
        }
    }

    private static void send(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Weekdays only: the reference has no holiday calendar. */
    static LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        for (int counted = 0; counted < n;) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return d;
    }
}

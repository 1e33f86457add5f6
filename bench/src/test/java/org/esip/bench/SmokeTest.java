package org.esip.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.esip.bench.LoadClient.Config;
import org.esip.bench.LoadClient.Mode;
import org.esip.bench.LoadClient.Op;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The harness's smoke mode, part of the normal build so that it never rots: the reference handler on an
 * in-memory Derby on a free port, driven by the load client for one second per loop at a low load. Asserts
 * that requests succeeded and that the report has its figures — never how fast anything was.
 */
public class SmokeTest {
    private static ReferenceHandler handler;
    private static URI base;

    @BeforeClass
    public static void start() throws Exception {
        System.setProperty("derby.stream.error.file", "target/derby-smoke.log");
        handler = ReferenceHandler.start("jdbc:derby:memory:bench-smoke;create=true", null, null, "127.0.0.1", 0, 4, 8,
                false);
        base = URI.create("http://127.0.0.1:" + handler.port());
    }

    @AfterClass
    public static void stop() {
        handler.close();
    }

    @Test
    public void closedLoopCreatesTicketsAndReportsFigures() throws Exception {
        Path trace = Files.createTempFile("smoke-trace", ".txt");
        try {
            Report r = new LoadClient(config(Op.CREATE, Mode.CLOSED, 2, 0)).traceTo(trace).run();
            assertFigures(r);
            // the trace holds each measured request once: when it was sent, how long it took, its status
            List<String> lines = Files.readAllLines(trace);
            assertEquals(r.ok() + r.errors(), lines.size());
            assertTrue(lines.get(0), lines.get(0).matches("\\d{13} \\d+\\.\\d (201|error|\\d{3})"));
        } finally {
            Files.deleteIfExists(trace);
        }
    }

    @Test
    public void openLoopReadsTicketsAtAFixedRateAndReportsFigures() throws Exception {
        Report r = new LoadClient(config(Op.GET, Mode.OPEN, 0, 40)).run();
        assertFigures(r);
        // 40 requests are due in the measured second; each is counted once, answered or not
        assertTrue(r.machine(), r.ok() + r.errors() >= 38 && r.ok() + r.errors() <= 42);
    }

    @Test
    public void oneFixedPathAtAFixedRate() throws Exception {
        Report r = new LoadClient(new Config(base, Op.GET, Mode.OPEN, 0, 20, Duration.ofMillis(100), Duration.ofSeconds(1),
                null, 7, "smoke path", Duration.ofSeconds(10), 100, 0, "/health")).run();
        assertFigures(r);
    }

    @Test
    public void aPairedRunAlternatesShortWindowsAndAddsEachSideUp() throws Exception {
        PairedRun.Side a = new PairedRun.Side("a-create-c2-rep1", new LoadClient(new Config(base, Op.CREATE, Mode.CLOSED,
                2, 0, Duration.ofMillis(100), Duration.ofMillis(300), null, 7, "a", Duration.ofSeconds(10), 100, 0, null)));
        PairedRun.Side b = new PairedRun.Side("b-create-c2-rep1", new LoadClient(new Config(base, Op.CREATE, Mode.CLOSED,
                2, 0, Duration.ofMillis(100), Duration.ofMillis(300), null, 7, "b", Duration.ofSeconds(10), 100, 0, null)));
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        PairedRun.alternate(a, b, 2, Duration.ofMillis(300), new PrintStream(lines, true, StandardCharsets.UTF_8));
        List<String> windows = lines.toString(StandardCharsets.UTF_8).lines().toList();
        // A B B A: a drift of the machine's speed falls on both sides alike
        assertEquals(4, windows.size());
        assertEquals(List.of("a", "b", "b", "a"), windows.stream().map(w -> w.substring(0, 1)).toList());
        long okInWindows = windows.stream().filter(w -> w.startsWith("a"))
                .mapToLong(w -> Long.parseLong(w.replaceAll(".* ok (\\d+) .*", "$1"))).sum();
        Report total = a.report(2, Duration.ofMillis(300));
        assertFigures(total);
        assertEquals("the side's figures are those of its windows together", okInWindows, total.ok());
        assertEquals(0.6, total.seconds(), 1e-9);
        assertFigures(b.report(2, Duration.ofMillis(300)));
    }

    @Test
    public void theReferenceAnswersAsEsipDoes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder create = HttpRequest.newBuilder(URI.create(base + "/tickets"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "smoke-same-key")
                .POST(HttpRequest.BodyPublishers.ofString(LoadClient.createBody(7, "smoke", 1)));
        HttpResponse<String> first = http.send(create.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(first.body(), 201, first.statusCode());
        long id = LoadClient.idOf(first).orElseThrow();
        HttpResponse<String> again = http.send(create.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("the same Idempotency-Key answers the same ticket", Long.valueOf(id), Json.number(again.body(), "id"));
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(base + "/tickets/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode());
        assertEquals("CONSULTATION", Json.string(read.body(), "kind"));
        assertTrue(read.body(), Json.string(read.body(), "title").startsWith("负载测试咨询"));
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "/tickets"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"CONSULTATION\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
    }

    private static Config config(Op op, Mode mode, int connections, double rate) {
        return new Config(base, op, mode, connections, rate, Duration.ofMillis(200), Duration.ofSeconds(1), null, 7,
                "smoke " + op + " " + mode, Duration.ofSeconds(10), 100, 5, null);
    }

    private static void assertFigures(Report r) {
        assertEquals(r.human(), 0, r.errors());
        assertTrue(r.human(), r.ok() > 0);
        assertTrue(r.human(), r.throughput() > 0);
        assertTrue(r.human(), r.p50() > 0 && r.p50() <= r.p95() && r.p95() <= r.p99() && r.p99() <= r.max());
        assertTrue(r.machine(), r.machine().matches("RESULT label=\\S+ rps=[0-9.]+ p50=[0-9.]+ p95=[0-9.]+ p99=[0-9.]+"
                + " max=[0-9.]+ ok=\\d+ errors=0"));
    }
}

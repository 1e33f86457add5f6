package org.esip.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client (JDK HttpClient, HTTP/1.1, keep-alive) for esip and for the reference handler, which answer
 * the same two requests: {@code POST <base>/tickets} (a new ticket, a fresh {@code Idempotency-Key} each) and
 * {@code GET <base>/tickets/{id}} (ids of tickets the client creates before the run); or any one GET path of
 * esip's API ({@code --path}, e.g. a list page on a seeded database).
 * <ul>
 * <li><b>closed loop</b> ({@code --mode closed --connections N}): N threads, each sends its next request as
 * soon as the previous one is answered; latency is send to answer.</li>
 * <li><b>open loop</b> ({@code --mode open --rate R}): requests are due at fixed times (R per second) whatever
 * the answers do; latency runs from the time a request was <i>due</i>, not from when it could be sent, so a
 * server that falls behind is charged for the wait (no coordinated omission). A request not answered within
 * {@code --timeout} or beyond {@code --max-in-flight} outstanding ones counts as an error.</li>
 * </ul>
 * Requests started during {@code --warmup} are not counted. Every figure is of the measured window only.
 */
public final class LoadClient {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    public enum Op { CREATE, GET }

    public enum Mode { CLOSED, OPEN }

    /** One run: where, what, how hard and for how long. {@code token} null for the reference handler. */
    public record Config(URI base, Op op, Mode mode, int connections, double rate, Duration warmup,
            Duration duration, String token, long enterpriseId, String label, Duration timeout, int maxInFlight,
            int getPool, String path) {
        public Config {
            if (mode == Mode.CLOSED && connections < 1 || mode == Mode.OPEN && rate <= 0) {
                throw new IllegalArgumentException("closed loop needs --connections >= 1, open loop --rate > 0");
            }
        }
    }

    private final Config config;
    private final HttpClient http;
    private final AtomicLong sequence = new AtomicLong();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private List<Long> ids = List.of();
    /** Every measured request as {@code <epoch ms when sent or due> <latency ms> <status>}, when tracing. */
    private final Queue<String> trace = new ConcurrentLinkedQueue<>();
    private Path traceFile;

    public LoadClient(Config config) {
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv);
        if (a.flag("help") || a.get("base") == null) {
            System.out.println("""
                    usage: bench.sh load --base URL [--op create|get] [--mode closed|open] [--connections N] [--rate R]
                                         [--duration 10s] [--warmup 2s] [--user U [--password P] | --token T]
                                         [--enterprise-id ID] [--label TEXT] [--timeout 30s] [--max-in-flight 4096]
                                         [--path '/tickets?size=20&page=4000']   (--op get: this path every time)
                                         [--trace FILE]   (one line per measured request: epoch ms, latency ms, status)
                      esip:      --base http://127.0.0.1:8181/api/v1 --user admin   (password in ESIP_PASSWORD)
                      reference: --base http://127.0.0.1:8282""");
            return;
        }
        URI base = URI.create(a.get("base").replaceAll("/+$", ""));
        String token = a.get("token");
        if (token == null && a.get("user") != null) {
            // the password from --password or, kept out of the process list, from ESIP_PASSWORD
            String password = a.get("password", System.getenv().getOrDefault("ESIP_PASSWORD", ""));
            token = token(base, a.get("user"), password);
        }
        Op op = Op.valueOf(a.get("op", "create").toUpperCase(Locale.ROOT));
        Mode mode = Mode.valueOf(a.get("mode", "closed").toUpperCase(Locale.ROOT));
        long enterprise = a.get("enterprise-id") != null ? Long.parseLong(a.get("enterprise-id"))
                : token != null ? firstEnterprise(base, token) : 1L;
        String label = a.get("label", (token == null ? "reference " : "esip ") + op.name().toLowerCase(Locale.ROOT)
                + (mode == Mode.CLOSED ? " c" + a.integer("connections", 8) : " " + a.get("rate", "?") + "/s"));
        Config c = new Config(base, op, mode, a.integer("connections", 8), a.decimal("rate", 0),
                a.duration("warmup", Duration.ofSeconds(2)), a.duration("duration", Duration.ofSeconds(10)), token,
                enterprise, label, a.duration("timeout", Duration.ofSeconds(30)), a.integer("max-in-flight", 4096),
                a.integer("get-pool", 50), a.get("path"));
        String before = loadAverage();
        LoadClient client = new LoadClient(c);
        if (a.get("trace") != null) {
            client.traceTo(Path.of(a.get("trace")));
        }
        Report r = client.run();
        System.out.println(r.human());
        System.out.println(r.machine() + " load_before=" + before + " load_after=" + loadAverage());
    }

    /** Creates the tickets a GET run reads (if it is one), warms up, measures, and reports. */
    public Report run() throws InterruptedException {
        Recorder recorder = new Recorder();
        measure(recorder);
        if (traceFile != null) {
            try {
                Files.write(traceFile, trace);
            } catch (IOException e) {
                System.err.println("trace not written: " + e);
            }
        }
        return recorder.report(config.label(), config.duration().toNanos() / 1e9);
    }

    /**
     * One window of this client's load, its requests recorded into {@code recorder}: {@code --warmup} unrecorded, then
     * {@code --duration} recorded. Called again it goes on with the same connections and the same sequence of
     * idempotency keys, so that a paired run ({@link PairedRun}) can take many short windows of one side.
     */
    void measure(Recorder recorder) throws InterruptedException {
        if (config.op() == Op.GET && config.path() == null && ids.isEmpty()) {
            ids = prepareIds(config.getPool());
        }
        long start = System.nanoTime() + 10_000_000L;
        long measureFrom = start + config.warmup().toNanos();
        long end = measureFrom + config.duration().toNanos();
        if (config.mode() == Mode.CLOSED) {
            closedLoop(recorder, measureFrom, end);
        } else {
            openLoop(recorder, start, measureFrom, end);
        }
    }

    /**
     * Writes every measured request to {@code file} when the run ends ({@code --trace}), one line each: the epoch
     * millisecond it was sent (open loop: due), its latency in milliseconds, its status or {@code error}. To find when
     * a slow answer happened and set it beside the server's and the database's logs.
     */
    public LoadClient traceTo(Path file) {
        this.traceFile = file;
        return this;
    }

    /** Notes one measured request for {@code --trace}: when it was sent (or due), how long it took, its outcome. */
    private void traced(long latencyNanos, String outcome) {
        if (traceFile != null) {
            long sentAt = System.currentTimeMillis() - latencyNanos / 1_000_000L;
            trace.add(sentAt + " " + String.format(Locale.ROOT, "%.1f", latencyNanos / 1e6) + " " + outcome);
        }
    }

    private void closedLoop(Recorder recorder, long measureFrom, long end) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(config.connections());
        CountDownLatch done = new CountDownLatch(config.connections());
        for (int i = 0; i < config.connections(); i++) {
            workers.execute(() -> {
                try {
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        HttpRequest request = request();
                        boolean measured = now >= measureFrom;
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            long latency = System.nanoTime() - now;
                            if (measured) {
                                record(recorder, response, latency);
                                traced(latency, String.valueOf(response.statusCode()));
                            }
                        } catch (IOException e) {
                            if (measured) {
                                recorder.error(e.getClass().getSimpleName());
                                traced(System.nanoTime() - now, "error");
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        workers.shutdown();
    }

    private void openLoop(Recorder recorder, long start, long measureFrom, long end) throws InterruptedException {
        double period = 1e9 / config.rate();
        AtomicInteger inFlight = new AtomicInteger();
        for (long i = 0;; i++) {
            long due = start + Math.round(i * period);
            if (due >= end) {
                break;
            }
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = due >= measureFrom;
            if (inFlight.get() >= config.maxInFlight()) {
                if (measured) {
                    recorder.error("client-max-in-flight");
                }
                continue;
            }
            inFlight.incrementAndGet();
            http.sendAsync(request(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long latency = System.nanoTime() - due; // from when it was due: no coordinated omission
                if (measured) {
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        recorder.error(cause.getClass().getSimpleName());
                    } else {
                        record(recorder, response, latency);
                    }
                    traced(latency, failure != null ? "error" : String.valueOf(response.statusCode()));
                }
                inFlight.decrementAndGet();
            });
        }
        long giveUp = System.nanoTime() + config.timeout().toNanos() + 1_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
        for (int left = inFlight.get(); left > 0; left--) {
            recorder.error("unfinished");
        }
    }

    private static void record(Recorder recorder, HttpResponse<String> response, long latency) {
        if (response.statusCode() / 100 == 2) {
            recorder.ok(latency);
        } else {
            recorder.error("HTTP " + response.statusCode());
        }
    }

    /** The next request of this run. */
    HttpRequest request() {
        long n = sequence.incrementAndGet();
        HttpRequest.Builder b;
        if (config.op() == Op.GET && config.path() != null) {
            b = HttpRequest.newBuilder(URI.create(config.base() + config.path())).GET();
        } else if (config.op() == Op.GET) {
            long id = ids.get((int) (n % ids.size()));
            b = HttpRequest.newBuilder(URI.create(config.base() + "/tickets/" + id)).GET();
        } else {
            b = HttpRequest.newBuilder(URI.create(config.base() + "/tickets"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + runId + "-" + n)
                    .POST(HttpRequest.BodyPublishers.ofString(createBody(config.enterpriseId(), runId, n)));
        }
        if (config.token() != null) {
            b.header("Authorization", "Bearer " + config.token());
        }
        return b.header("Accept", "application/json").timeout(config.timeout()).build();
    }

    /** A consultation as an enterprise would send it online, a few hundred bytes as the portal sends. */
    static String createBody(long enterpriseId, String runId, long n) {
        return "{\"enterpriseId\":" + enterpriseId + ",\"kind\":\"CONSULTATION\",\"channel\":\"ONLINE\","
                + "\"title\":\"负载测试咨询 bench " + runId + " #" + n + "\","
                + "\"description\":\"我公司计划申请高新技术企业认定，想了解申报条件、所需材料和办理时限。"
                + " Load test request " + n + " of run " + runId + ".\"}";
    }

    private List<Long> prepareIds(int count) throws InterruptedException {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Config c = config;
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.base() + "/tickets"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", "bench-" + runId + "-get-" + i)
                    .POST(HttpRequest.BodyPublishers.ofString(createBody(c.enterpriseId(), runId, -i)));
            if (c.token() != null) {
                b.header("Authorization", "Bearer " + c.token());
            }
            try {
                HttpResponse<String> r = http.send(b.timeout(c.timeout()).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 != 2) {
                    throw new IllegalStateException("creating a ticket to read answered " + r.statusCode() + ": " + r.body());
                }
                made.add(idOf(r).orElseThrow(() -> new IllegalStateException("no id in " + r.body())));
            } catch (IOException e) {
                throw new IllegalStateException("creating a ticket to read failed: " + e, e);
            }
        }
        return List.copyOf(made);
    }

    /** The new resource's id: from {@code Location}, else the first {@code "id"} of the body. */
    static Optional<Long> idOf(HttpResponse<String> r) {
        Optional<String> location = r.headers().firstValue("Location");
        if (location.isPresent()) {
            String l = location.get();
            return Optional.of(Long.parseLong(l.substring(l.lastIndexOf('/') + 1)));
        }
        Matcher m = ID.matcher(r.body());
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** A bearer token from {@code POST <base>/auth/token} (docs/api.md). */
    public static String token(URI base, String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + Json.escape(user) + "\",\"password\":\""
                        + Json.escape(password) + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("POST /auth/token answered " + r.statusCode() + ": " + r.body());
        }
        return m.group(1);
    }

    /** The first enterprise the token may see ({@code GET <base>/enterprises?size=1}). */
    static long firstEnterprise(URI base, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/enterprises?size=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no enterprise to file tickets for (GET /enterprises answered "
                    + r.statusCode() + "); pass --enterprise-id");
        }
        return Long.parseLong(m.group(1));
    }

    /** {@code /proc/loadavg}'s first three figures, or "n/a". */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + "," + f[1] + "," + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}

package org.esip.itests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivilegedExceptionAction;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.sql.DataSource;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.esip.core.api.Actor;
import org.esip.identity.api.Account;
import org.esip.identity.api.AccountService;
import org.junit.Assert;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Boots the real esip distribution (karaf-assembly's tar.gz) once per suite and gives the tests
 * plain HTTP and console access to it, as a user or an operator would have.
 */
public abstract class EsipTestSupport {
    protected static final String HTTP_PORT_PROPERTY = "esip.itest.http.port";
    protected static final String SSH_PORT_PROPERTY = "esip.itest.ssh.port";
    private static final String KARAF = System.getProperty("karaf.version");

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The options every suite boots with; a suite adds its own (e.g. another datasource). */
    protected static Option[] distribution(Option... extra) {
        return distributionOn(freePort(), extra);
    }

    /** {@link #distribution} with its HTTP service on {@code httpPort} (a suite driving it from outside the container). */
    protected static Option[] distributionOn(int httpPort, Option... extra) {
        String version = System.getProperty("esip.version");
        String port = Integer.toString(httpPort);
        String sshPort = Integer.toString(freePort());
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(maven().groupId("org.esip").artifactId("esip-karaf-assembly").type("tar.gz")
                                .version(version))
                        .name("esip")
                        .unpackDirectory(new File(System.getProperty("esip.itest.dir", "target"), "exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                // What bin/karaf passes on Java 9+ and Pax Exam's launcher does not.
                vmOptions("--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF + ".jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + KARAF + ".jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "-Xmx1g"),
                logLevel(LogLevel.INFO),
                configureConsole().ignoreLocalConsole(),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort),
                editConfigurationFilePut("etc/system.properties", SSH_PORT_PROPERTY, sshPort),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port),
                editConfigurationFilePut("etc/system.properties", HTTP_PORT_PROPERTY, port),
                // The tests bring their own enterprises; no demo data.
                editConfigurationFilePut("etc/org.esip.platform.cfg", "demoData", "false"),
                // Each suite installs the lines it exercises; the shipped mix (etc/org.esip.lines.cfg) is off.
                editConfigurationFilePut("etc/org.esip.lines.cfg", "lines", ""),
                // Injected platform services (e.g. AccountService) wait for the schema migration at boot; Pax
                // Exam's injector reads this in the container: two minutes instead of 10 s on a loaded machine.
                systemProperty("pax.exam.service.timeout").value("120000"),
                // What FreshInstance needs in the container to unpack a second distribution of this build.
                systemProperty("esip.version").value(version),
                systemProperty("esip.itest.dir").value(new File(System.getProperty("esip.itest.dir", "target"))
                        .getAbsolutePath()),
                systemProperty("org.ops4j.pax.url.mvn.localRepository")
                        .value(System.getProperty("org.ops4j.pax.url.mvn.localRepository", ""))));
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /** A free port for a service of the distribution; see {@link TestPorts} for why not {@code new ServerSocket(0)}. */
    protected static int freePort() {
        return TestPorts.free();
    }

    protected String api(String path) {
        return "http://127.0.0.1:" + System.getProperty(HTTP_PORT_PROPERTY) + "/api/v1" + path;
    }

    /** GET as the administrator. */
    protected HttpResponse<String> get(String path) {
        return get(path, adminToken());
    }

    /** GET with this bearer token, or anonymously when it is null. */
    protected HttpResponse<String> get(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(api(path))).GET(), token));
    }

    /** GET a page or file of the web front ({@code /web/…}, {@code /portal/}), anonymously. */
    protected HttpResponse<String> web(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty(HTTP_PORT_PROPERTY) + path))
                .GET());
    }

    /** POST JSON as the administrator. */
    protected HttpResponse<String> post(String path, String json) {
        return post(path, json, adminToken());
    }

    /** POST JSON with this bearer token, or anonymously when it is null. */
    protected HttpResponse<String> post(String path, String json, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(api(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), token));
    }

    /** POST JSON as the administrator with an {@code Idempotency-Key}, as a client that may retry sends it. */
    protected HttpResponse<String> postOnce(String path, String json, String idempotencyKey) {
        return send(authorized(HttpRequest.newBuilder(URI.create(api(path))).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), adminToken()));
    }

    /** PUT JSON as the administrator. */
    protected HttpResponse<String> put(String path, String json) {
        return put(path, json, adminToken());
    }

    /** PUT JSON with this bearer token, or anonymously when it is null. */
    protected HttpResponse<String> put(String path, String json, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(api(path))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), token));
    }

    /** One step of a ticket's flow at its current version, which must succeed; returns the ticket after it. */
    protected String step(long ticket, String action, String json, String token) {
        long version = Json.number(get("/tickets/" + ticket).body(), "version");
        HttpResponse<String> r = post("/tickets/" + ticket + "/" + action, "{\"version\":" + version
                + (json.isEmpty() ? "" : "," + json) + "}", token);
        Assert.assertEquals(action + ": " + r.body(), 200, r.statusCode());
        return r.body();
    }

    protected HttpResponse<String> delete(String path) {
        return delete(path, adminToken());
    }

    protected HttpResponse<String> delete(String path, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(api(path))).DELETE(), token));
    }

    protected static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POST a file's bytes with its content type, with this bearer token (or anonymously when null). */
    protected HttpResponse<String> postBytes(String path, byte[] body, String contentType, String token) {
        return send(authorized(HttpRequest.newBuilder(URI.create(api(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), token));
    }

    /** POST a file's bytes as {@link #postBytes} does, with one more request header. */
    protected HttpResponse<String> postBytes(String path, byte[] body, String contentType, String token, String header,
            String value) {
        return send(authorized(HttpRequest.newBuilder(URI.create(api(path))).header("Content-Type", contentType)
                .header(header, value).POST(HttpRequest.BodyPublishers.ofByteArray(body)), token));
    }

    /** GET the raw bytes of a download with this bearer token. */
    protected HttpResponse<byte[]> getBytes(String path, String token) {
        try {
            return http.send(authorized(HttpRequest.newBuilder(URI.create(api(path))).GET(), token)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** The administrator's password in the tests; see {@link #adminPassword()}. */
    protected static final String TEST_ADMIN_PASSWORD = "Itest-Admin-2026";
    private static volatile boolean adminPasswordSet;

    @Inject
    protected AccountService accounts;

    /**
     * The administrator's password. The platform generated one at its first start and printed it once on
     * a console the test cannot see (Pax Exam starts Karaf without the test's environment, so
     * ESIP_ADMIN_PASSWORD cannot be passed); the test resets it, as an administrator would, through the
     * same account service.
     */
    protected String adminPassword() {
        if (!adminPasswordSet) {
            Account admin = accounts.findByUsername("admin")
                    .orElseThrow(() -> new AssertionError("the first start created no administrator"));
            accounts.resetPassword(Actor.system("itest"), admin.id(), TEST_ADMIN_PASSWORD);
            adminPasswordSet = true;
        }
        return TEST_ADMIN_PASSWORD;
    }

    private static volatile String adminToken;

    /** A bearer token of the administrator {@code admin}, signed in once per suite. */
    protected String adminToken() {
        if (adminToken == null) {
            awaitStatus("/health", 200);
            adminToken = token("admin", adminPassword());
        }
        return adminToken;
    }

    /** Signs in and returns the token; fails the test if the sign-in is refused. */
    protected String token(String username, String password) {
        HttpResponse<String> r = post("/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (r.statusCode() != 200) {
            fail("sign-in of " + username + " answered " + r.statusCode() + " " + r.body());
        }
        return Json.string(r.body(), "token");
    }

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    /**
     * Opens an account as the administrator and signs it in. {@code binding} is the JSON of its
     * binding, e.g. {@code "enterpriseId":12}, or empty.
     *
     * @return the new account's token
     */
    protected String tokenOfNewAccount(String role, String binding) {
        String username = role.toLowerCase(Locale.ROOT) + "-" + ACCOUNTS.incrementAndGet() + "-"
                + Long.toString(System.nanoTime(), 36);
        String password = "Pw-" + Long.toString(System.nanoTime(), 36) + "x9";
        HttpResponse<String> r = post("/accounts", "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"roles\":[\"" + role + "\"]" + (binding == null || binding.isEmpty() ? "" : "," + binding) + "}");
        if (r.statusCode() != 201) {
            fail("opening account " + username + " answered " + r.statusCode() + " " + r.body());
        }
        return token(username, password);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code GET path} answers {@code status}, as the platform starts asynchronously. */
    protected HttpResponse<String> awaitStatus(String path, int status) {
        long deadline = System.currentTimeMillis() + 120_000;
        HttpResponse<String> last = null;
        Exception unanswered = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                // Health answers anyone; anything else is asked as the administrator.
                last = path.startsWith("/health") ? get(path, null) : get(path);
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (UncheckedIOException notYetListening) {
                // the HTTP service is still starting
                unanswered = notYetListening.getCause();
            }
            sleep(250);
        }
        fail("GET " + path + " on port " + System.getProperty(HTTP_PORT_PROPERTY) + " did not answer " + status
                + " in time; last answer: " + (last == null ? "none" : last.statusCode() + " " + last.body())
                + (unanswered == null ? "" : "; last failure: " + unanswered) + containerLogErrors());
        return last;
    }

    /**
     * The container log's last errors, so that a start-up failure (a port taken, a bundle that did not resolve) is read
     * in the test report and not only in a runtime folder the CI machine discards.
     */
    private static String containerLogErrors() {
        Path log = Paths.get(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            List<String> errors = lines.filter(l -> l.contains("| ERROR |") || l.contains("Address already in use"))
                    .collect(Collectors.toList());
            List<String> lastErrors = errors.subList(Math.max(0, errors.size() - 8), errors.size());
            return lastErrors.isEmpty() ? "; no error in " + log : "; last errors in " + log + ":\n" + String.join("\n", lastErrors);
        } catch (IOException | UncheckedIOException e) {
            return "; " + log + " unreadable: " + e;
        }
    }

    protected static void await(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("Timed out waiting until " + what);
            }
            sleep(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a console command as an operator would type it and returns what it printed. */
    protected String console(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, print, print);
        try {
            // Operators are administrators: the console's ACLs (etc/org.apache.karaf.command.acl.*.cfg) apply.
            Subject operator = new Subject();
            operator.getPrincipals().add(new UserPrincipal("itest-operator"));
            operator.getPrincipals().add(new RolePrincipal("admin"));
            Object result = Subject.doAs(operator, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                print.println(result);
            }
        } catch (Exception e) {
            throw new AssertionError("Console command failed: " + command, e);
        } finally {
            print.flush();
            session.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Runs the distribution's own {@code bin/client} with a console command, as an operator on the
     * platform's machine would, and returns what it printed.
     */
    protected String binClient(String command) {
        return binClient("admin", adminPassword(), command, true);
    }

    /**
     * Runs {@code bin/client -u user -p password command}; when {@code mustSucceed}, a non-zero exit
     * fails the test, otherwise the output (with the exit code appended) is returned.
     */
    protected static String binClient(String user, String password, String command, boolean mustSucceed) {
        File home = new File(System.getProperty("karaf.home"));
        ProcessBuilder builder = new ProcessBuilder("bash", new File(home, "bin/client").getPath(),
                "-a", System.getProperty(SSH_PORT_PROPERTY), "-u", user, "-p", password, "-r", "3", "-d", "1", command)
                .directory(home).redirectErrorStream(true);
        try {
            Process process = builder.start();
            // bin/client closes the session when its standard input ends, as when a terminal is
            // closed; keep it open, as a terminal would, until the command has answered.
            byte[] output = process.getInputStream().readAllBytes();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("bin/client did not finish: " + command);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                if (mustSucceed) {
                    fail("bin/client " + command + " exited with " + process.exitValue() + ":\n" + text);
                }
                return text + "\nexit " + process.exitValue();
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A professional qualification valid for decades, as clause 6.3.2 a) asks of an organisation to admit. */
    protected static final String VALID_QUALIFICATION = "\"qualifications\":[{\"type\":\"检验检测机构资质认定 CMA\","
            + "\"number\":\"231100009999\",\"issuer\":\"浙江省市场监督管理局\",\"validUntil\":\"2099-12-31\"}]";

    private static final Set<String> DEADLINES = Set.of("ACCEPT_DUE", "OFFER_DUE", "HANDLER_DUE",
            "RESOLVE_DUE", "CORRECTION_DUE");

    /**
     * Moves one deadline of a ticket to {@code date} with SQL, as if the days had passed: a look ahead of the
     * deadline check is only a dry run, so a test that needs an overdue ticket moves its deadline into the past
     * and runs the check for real, now.
     */
    protected void moveDeadline(long ticket, String column, LocalDate date) {
        if (!DEADLINES.contains(column)) {
            throw new IllegalArgumentException("not a ticket deadline: " + column);
        }
        try {
            ServiceReference<DataSource> ref = bundleContext
                    .getServiceReferences(DataSource.class, "(osgi.jndi.service.name=esip)").iterator().next();
            DataSource ds = bundleContext.getService(ref);
            try (Connection c = ds.getConnection();
                    PreparedStatement s = c.prepareStatement("UPDATE TICKET SET " + column + " = ? WHERE ID = ?")) {
                s.setDate(1, Date.valueOf(date));
                s.setLong(2, ticket);
                Assert.assertEquals(1, s.executeUpdate());
            } finally {
                bundleContext.ungetService(ref);
            }
        } catch (SQLException | InvalidSyntaxException e) {
            throw new AssertionError("moving " + column + " of ticket " + ticket, e);
        }
    }

    /** Today where the platform counts deadlines. */
    protected static LocalDate platformToday() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    protected static void assertContains(String text, String expected) {
        assertTrue("expected <" + expected + "> in:\n" + text, text.contains(expected));
    }
}

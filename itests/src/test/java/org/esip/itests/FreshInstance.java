package org.esip.itests;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, pristine esip distribution started with {@code bin/start}, as an operator restoring onto a new
 * machine would: unpacked from the distribution's tar.gz in the local Maven repository, with the data key
 * of the instance under test, no demo data, its own free ports and optionally its own datasource. Stopped
 * with {@code bin/stop} (killed if that fails) and deleted when closed; kept when the test failed.
 */
final class FreshInstance implements AutoCloseable {
    /** System property (set by the suite's configuration): the datasource .cfg file for the fresh instance. */
    static final String DATASOURCE_PROPERTY = "esip.itest.fresh.datasource";

    final Path home;
    final int httpPort;
    final int sshPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private boolean keep = true;

    private FreshInstance(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** Unpacks, configures and starts a fresh instance; returns once its REST API answers. */
    static FreshInstance start(String adminPassword) throws IOException, InterruptedException {
        String version = System.getProperty("esip.version");
        String repository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        if (repository.isBlank()) {
            repository = Paths.get(System.getProperty("user.home"), ".m2", "repository").toString();
        }
        Path tarball = Paths.get(repository, "org", "esip", "esip-karaf-assembly", version,
                "esip-karaf-assembly-" + version + ".tar.gz");
        if (!Files.isRegularFile(tarball)) {
            fail("the distribution to restore into is not in the local repository: " + tarball);
        }
        Path base = Paths.get(System.getProperty("esip.itest.dir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(base);
        Path home = Files.createTempDirectory(base, "fresh-instance-");
        run(List.of("tar", "xzf", tarball.toString(), "-C", home.toString(), "--strip-components=1"), home, 120);

        int httpPort = freePort();
        int sshPort = freePort();
        FreshInstance fresh = new FreshInstance(home, httpPort, sshPort);
        // the same data key as the instance whose backup it restores (etc/esip-data.key)
        Files.copy(Paths.get(System.getProperty("karaf.etc"), "esip-data.key"), home.resolve("etc/esip-data.key"));
        fresh.set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        fresh.set("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        fresh.set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        fresh.set("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
        fresh.set("etc/org.esip.platform.cfg", "demoData", "false");
        String datasource = System.getProperty(DATASOURCE_PROPERTY);
        if (datasource != null && !datasource.isBlank()) {
            Files.copy(Paths.get(datasource), home.resolve("etc/org.ops4j.datasource-esip.cfg"),
                    StandardCopyOption.REPLACE_EXISTING);
        }

        ProcessBuilder start = new ProcessBuilder("bash", "bin/start").directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("start.out").toFile());
        start.environment().keySet().removeIf(k -> k.startsWith("KARAF_") || k.equals("ESIP_DATA_KEY"));
        start.environment().put("ESIP_ADMIN_PASSWORD", adminPassword);
        if (start.start().waitFor() != 0) {
            fail("bin/start of the fresh instance failed: " + Files.readString(home.resolve("start.out")));
        }
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            try {
                if (fresh.get("/health", null).statusCode() == 200) {
                    return fresh;
                }
            } catch (UncheckedIOException notYet) {
                // still starting
            }
            if (System.currentTimeMillis() > deadline) {
                fresh.close();
                fail("the fresh instance in " + home + " did not answer /health in 3 minutes");
            }
            Thread.sleep(500);
        }
    }

    /** Sets {@code key = value} in a .cfg file of the fresh instance, replacing the line that sets it. */
    private void set(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        text = m.find() ? m.replaceAll(Matcher.quoteReplacement(key + " = " + value))
                : text + System.lineSeparator() + key + " = " + value + System.lineSeparator();
        Files.writeString(path, text, StandardCharsets.ISO_8859_1);
    }

    /** Runs {@code bin/client} of the fresh instance; the output ends with the exit code. */
    String client(String user, String password, String command) {
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/client").toString(), "-a",
                Integer.toString(sshPort), "-u", user, "-p", password, "-r", "3", "-d", "1", command)
                .directory(home.toFile()).redirectErrorStream(true);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            process.getOutputStream().close();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("bin/client of the fresh instance did not finish: " + command);
            }
            return new String(output, StandardCharsets.UTF_8) + "\nexit " + process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30)).GET();
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    HttpResponse<String> post(String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    String token(String username, String password) {
        HttpResponse<String> r = post("/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\"}", null);
        if (r.statusCode() != 200) {
            fail("sign-in on the fresh instance answered " + r.statusCode() + " " + r.body());
        }
        return Json.string(r.body(), "token");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test passed: delete the instance's folder when closing. */
    void passed() {
        keep = false;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Path pidFile = home.resolve("karaf.pid");
        String pid = Files.isRegularFile(pidFile) ? Files.readString(pidFile).strip() : null;
        try {
            run(List.of("bash", "bin/stop"), home, 60);
        } catch (AssertionError | IOException stopFailed) {
            // killed below
        }
        if (pid != null && !pid.isEmpty()) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> {
                try {
                    p.onExit().get(60, TimeUnit.SECONDS);
                } catch (Exception stillRunning) {
                    p.destroyForcibly();
                }
            });
        }
        if (!keep) {
            deleteTree(home);
        }
    }

    private static void run(List<String> command, Path dir, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        if (p.exitValue() != 0) {
            fail(String.join(" ", command) + " exited with " + p.exitValue());
        }
    }

    private static int freePort() {
        return TestPorts.free();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

package org.esip.itests;

import static org.junit.Assert.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * What a suite in Pax Exam server mode (the platform in its own JVM, the test outside it, e.g. with a
 * browser) needs to reach the distribution it booted on {@code port}: plain HTTP, sign-in tokens, and the
 * console through the distribution's own bin/client as the operator on its machine.
 */
final class ServerSuite {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;
    private final String base;

    ServerSuite(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    String token(String username, String password) {
        HttpResponse<String> r = post("/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\"}", null);
        assertEquals(r.body(), 200, r.statusCode());
        return Json.string(r.body(), "token");
    }

    HttpResponse<String> get(String path, String token) {
        return send(auth(HttpRequest.newBuilder(URI.create(base + path)).GET(), token));
    }

    HttpResponse<String> post(String path, String json, String token) {
        return send(auth(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), token));
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder b, String token) {
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (polling, generously) until {@code GET path} answers {@code status} anonymously. */
    void awaitHttp(String path, int status) {
        EsipTestSupport.await(path + " answers " + status, () -> {
            try {
                return get(path, null).statusCode() == status;
            } catch (UncheckedIOException notYetListening) {
                return false;
            }
        });
    }

    /** Runs a console command through the distribution's own bin/client, as the administrator. */
    String console(String command) {
        Path home = karafHome();
        Properties system = new Properties();
        try {
            system.load(Files.newBufferedReader(home.resolve("etc/system.properties"), StandardCharsets.ISO_8859_1));
            String password = adminPassword(home);
            System.setProperty("karaf.home", home.toString());
            System.setProperty(EsipTestSupport.SSH_PORT_PROPERTY, system.getProperty(EsipTestSupport.SSH_PORT_PROPERTY));
            return EsipTestSupport.binClient("admin", password, command, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The administrator's password the first start generated: the indented line of the notice it kept in
     * {@code etc/esip-admin-password.txt} (the test cannot give Pax Exam's Karaf an ESIP_ADMIN_PASSWORD).
     */
    static String adminPassword(Path home) throws IOException {
        return Files.readAllLines(home.resolve("etc/esip-admin-password.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("    ") && !l.isBlank()).map(String::strip).findFirst()
                .orElseThrow(() -> new AssertionError("no password in " + home.resolve("etc/esip-admin-password.txt")));
    }

    /** The unpacked distribution of this suite: the one whose HTTP port is ours. */
    Path karafHome() {
        Path exam = Path.of(System.getProperty("esip.itest.dir", "target"), "exam");
        try (Stream<Path> dirs = Files.list(exam)) {
            return dirs.filter(d -> {
                try {
                    return Files.readString(d.resolve("etc/system.properties"), StandardCharsets.ISO_8859_1)
                            .replace(" ", "").contains(EsipTestSupport.HTTP_PORT_PROPERTY + "=" + port);
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new AssertionError("no distribution under " + exam + " has port " + port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PNG file named {@code name} in a fresh temporary folder, to upload as a user would. */
    static Path png(String name) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            image.setRGB(x, 15, 0x1a5fb4);
        }
        Path file = Files.createTempDirectory("esip-upload").resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}

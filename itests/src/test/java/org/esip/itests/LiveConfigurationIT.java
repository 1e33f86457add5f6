package org.esip.itests;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.Dictionary;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * An operator edits the files under {@code etc/} of a running platform, and installs and removes a service
 * line, while enterprises keep using it: the REST API and the installed lines never blink (no 404 or 503
 * while a component re-reads its configuration). Core SPI 3.0, "no blink on a config change".
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LiveConfigurationIT extends EsipTestSupport {

    @Inject
    protected ConfigurationAdmin configurations;

    @Inject
    protected ServiceComponentRuntime components;

    @org.ops4j.pax.exam.Configuration
    public Option[] config() {
        return distribution();
    }

    /** Polls {@code /health} and a line endpoint every 50 ms and keeps every answer that is not a 200. */
    private final class Poller implements Runnable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger calls = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final String token;

        Poller(String token) {
            this.token = token;
        }

        @Override
        public void run() {
            while (running.get()) {
                for (String path : List.of("/health", "/lines/policy/policies", "/tickets?size=1")) {
                    try {
                        HttpResponse<String> r = path.equals("/health") ? get(path, null) : get(path, token);
                        calls.incrementAndGet();
                        if (r.statusCode() != 200) {
                            failures.add("GET " + path + " → " + r.statusCode() + " " + r.body());
                        }
                    } catch (RuntimeException e) {
                        failures.add("GET " + path + " → " + e);
                    }
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static Path etc(String pid) {
        return Paths.get(System.getProperty("karaf.etc"), pid + ".cfg");
    }

    /**
     * Sets {@code key = value} in {@code etc/<pid>.cfg} the way an operator's editor does. Felix File Install
     * notices a change by the file's modification time and length; an edit of the same length written within
     * the clock tick of File Install's own write-back would go unseen, so the file's time always moves on.
     */
    private static void edit(String pid, String key, String value) {
        Path file = etc(pid);
        try {
            StringBuilder out = new StringBuilder();
            boolean replaced = false;
            long before = 0;
            if (Files.exists(file)) {
                before = Files.getLastModifiedTime(file).toMillis();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.matches("\\s*" + Pattern.quote(key) + "\\s*=.*")) {
                        out.append(key).append(" = ").append(value).append('\n');
                        replaced = true;
                    } else {
                        out.append(line).append('\n');
                    }
                }
            }
            if (!replaced) {
                out.append(key).append(" = ").append(value).append('\n');
            }
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
            long after = Math.max(System.currentTimeMillis(), before + 2_000);
            Files.setLastModifiedTime(file, FileTime.fromMillis(after));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String configured(String pid, String key) {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + pid + ")");
            if (found == null || found.length == 0) {
                return null;
            }
            Dictionary<String, Object> properties = found[0].getProperties();
            Object v = properties == null ? null : properties.get(key);
            return v == null ? null : v.toString();
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every active component reading {@code pid} has been handed {@code key = value}. */
    private boolean componentsSee(String pid, String key, String value) {
        boolean any = false;
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            if (!List.of(description.configurationPid).contains(pid)) {
                continue;
            }
            for (ComponentConfigurationDTO c : components.getComponentConfigurationDTOs(description)) {
                if (c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED) {
                    continue;
                }
                any = true;
                if (!Objects.equals(String.valueOf(c.properties.get(key)), value)) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Whether {@code etc/<pid>.cfg} holds {@code key = value} on a line of its own. */
    private static boolean fileHas(String pid, String key, String value) {
        try {
            Path file = etc(pid);
            return Files.exists(file) && Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.matches("\\s*" + Pattern.quote(key) + "\\s*=\\s*"
                            + Pattern.quote(value) + "\\s*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void editAndAwait(String pid, String key, String value) {
        edit(pid, key, value);
        // Felix File Install writes a configuration back into its file after it applied it; when that write-back
        // of the previous edit lands after this edit, the edit is gone from the file, so the operator saves
        // again. An operator who sees no effect after a while saves once more, too.
        long[] savedAt = {System.nanoTime()};
        await(pid + " has " + key + " = " + value, () -> {
            if (value.equals(configured(pid, key))) {
                return true;
            }
            if (!fileHas(pid, key, value) || System.nanoTime() - savedAt[0] > 10_000_000_000L) {
                edit(pid, key, value);
                savedAt[0] = System.nanoTime();
            }
            return false;
        });
        await("the components of " + pid + " were handed " + key + " = " + value,
                () -> componentsSee(pid, key, value));
    }

    @Test
    public void operatorEditsEveryShippedFileAndTogglesALineWithoutABlink() throws Exception {
        awaitStatus("/health", 200);
        // The county writes its mix of lines down (clause 5.1.3): the platform installs what is listed.
        edit("org.esip.lines", "lines", "policy");
        awaitStatus("/lines/policy/policies", 200);
        assertContains(console("feature:list -i"), "esip-line-policy");
        Poller poller = new Poller(adminToken());
        Thread thread = new Thread(poller, "blink-poller");
        thread.start();
        try {
            await("the poller has made its first calls", () -> poller.calls.get() >= 6);

            // The deadlines of ticket categories are the documented place operators change (categoryDays).
            editAndAwait("org.esip.ticketing", "complaintDays", "4");
            editAndAwait("org.esip.ticketing", "categoryDays", "policy.application=12");
            editAndAwait("org.esip.ticketing", "attachmentMaxMegabytes", "15");
            editAndAwait("org.esip.ticketing", "checkIntervalMinutes", "10");
            editAndAwait("org.esip.archive", "retentionYears", "3");
            editAndAwait("org.esip.backup", "directory", "data/esip/backups-edited");
            editAndAwait("org.esip.platform", "regionNameEn", "Wenzhou City");
            editAndAwait("org.esip.identity", "tokenLifetimeMinutes", "90");
            editAndAwait("org.esip.line.policy", "pushesPerWeek", "3");
            editAndAwait("org.esip.content", "store", "database");
            editAndAwait("org.esip.lines", "syncSeconds", "20");

            // An unrelated line comes and goes.
            console("feature:install esip-line-sample");
            awaitStatus("/lines/sample/catalogue", 200);
            console("feature:uninstall esip-line-sample");
            awaitStatus("/lines/sample/catalogue", 404);

            int before = poller.calls.get();
            await("the poller has called again after the last change", () -> poller.calls.get() >= before + 6);
        } finally {
            poller.running.set(false);
            thread.join(30_000);
        }
        assertTrue("answers other than 200 while the operator worked: " + poller.failures,
                poller.failures.isEmpty());

        // The edits took effect where a user sees them.
        assertContains(get("/health", null).body(), "Wenzhou City Enterprise Service");
    }
}

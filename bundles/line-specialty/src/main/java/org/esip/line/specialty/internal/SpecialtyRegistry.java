package org.esip.line.specialty.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.esip.line.api.RefusedServiceLine;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.line.specialty.api.DefinitionError;
import org.esip.line.specialty.api.DefinitionStatus;
import org.esip.line.specialty.api.SpecialtyDefinition;
import org.esip.line.specialty.api.SpecialtyLines;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.TicketService;
import org.esip.web.api.WebContribution;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the definition files of {@code etc/esip-specialty/} (or the folder the system property
 * {@code esip.specialty.dir} names) as service lines. A watcher thread reads the folder every
 * {@value #SCAN_SECONDS} seconds (a periodic check: robust against editors that replace files, network folders and
 * missed events): a new or changed valid file (re)registers its line's {@link ServiceLine} and {@link WebContribution};
 * a bad file is refused with every error logged and the previous good version keeps running; a removed file withdraws
 * its line (its requests stay). When the folder does not exist at the first start, the two demo definitions are
 * copied into it.
 */
@Component(service = {SpecialtyLines.class, SpecialtyRegistry.class}, immediate = true)
public class SpecialtyRegistry implements SpecialtyLines {
    static final int SCAN_SECONDS = 2;
    static final String FOLDER_PROPERTY = "esip.specialty.dir";
    /**
     * A definition file's extension. JSON inside, but not named {@code .json}: Karaf's File Install watches
     * {@code etc/} for {@code *.json} configurations and would take a folder of them for an exploded bundle.
     */
    static final String EXTENSION = ".specialty";
    static final List<String> DEMO_FILES = List.of("ouhai-eyewear.specialty", "yueqing-electric.specialty");
    private static final Logger LOG = LoggerFactory.getLogger(SpecialtyRegistry.class);

    /** What is known of one file: its last content, its status, and the registrations of its served version. */
    private static final class Entry {
        String hash;
        String id;
        List<DefinitionError> errors = List.of();
        Instant checkedAt;
        Instant servedSince;
        SpecialtyDefinition served;
        ServiceRegistration<ServiceLine> line;
        ServiceRegistration<WebContribution> pages;
    }

    private final BundleContext context;
    private final ServiceLineRegistry lines;
    private final Path folder;
    private final SpecialtyRequests requests;
    private final Map<String, Entry> entries = new TreeMap<>();
    private final ScheduledExecutorService watcher;
    private volatile boolean active = true;

    @Activate
    public SpecialtyRegistry(BundleContext context, @Reference SpecialtyStore store, @Reference TicketService tickets,
            @Reference EnterpriseService enterprises, @Reference ConfigurationAdmin configurations,
            @Reference ServiceLineRegistry lines) {
        this.context = context;
        this.lines = lines;
        this.folder = folder();
        this.requests = new SpecialtyRequests(store, tickets, enterprises, id -> served(id).orElse(null));
        seedDemoDefinitions();
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "esip-specialty-watcher");
            t.setDaemon(true);
            return t;
        });
        rescan();
        watcher.execute(() -> {
            try {
                int n = requests.reconcile();
                if (n > 0) {
                    LOG.info("Specialty lines: {} request(s) without a ticket submitted again", n);
                }
            } catch (RuntimeException e) {
                LOG.warn("Specialty lines: reconciling requests without a ticket failed: {}", e.toString());
            }
            if (demoData(configurations)) {
                DemoRequests.seed(store, requests, enterprises, id -> served(id).orElse(null));
            }
        });
        watcher.scheduleWithFixedDelay(this::scanQuietly, SCAN_SECONDS, SCAN_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        active = false;
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            entries.values().forEach(SpecialtyRegistry::withdraw);
            entries.clear();
        }
    }

    /** Whether the platform's configuration ({@code org.esip.platform}) asks for demo data. */
    private static boolean demoData(ConfigurationAdmin configurations) {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=org.esip.platform)");
            Object v = found == null || found.length == 0 || found[0].getProperties() == null ? null
                    : found[0].getProperties().get("demoData");
            return v != null && Boolean.parseBoolean(v.toString().strip());
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            return false;
        }
    }

    static Path folder() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        String etc = System.getProperty("karaf.etc");
        return Paths.get(etc == null ? "etc" : etc, "esip-specialty");
    }

    Path definitionsFolder() {
        return folder;
    }

    SpecialtyRequests requests() {
        return requests;
    }

    private void seedDemoDefinitions() {
        if (Files.exists(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            for (String name : DEMO_FILES) {
                try (InputStream in = SpecialtyRegistry.class.getResourceAsStream("/org/esip/line/specialty/demo/" + name)) {
                    if (in != null) {
                        Files.copy(in, folder.resolve(name));
                    }
                }
            }
            LOG.info("Specialty lines: the demo definitions were copied into {}", folder);
        } catch (IOException e) {
            LOG.error("Specialty lines: cannot create {}: {}", folder, e.toString());
        }
    }

    private void scanQuietly() {
        try {
            rescan();
        } catch (RuntimeException e) {
            LOG.error("Specialty lines: reading {} failed", folder, e);
        }
    }

    @Override
    public synchronized void rescan() {
        if (!active) {
            return;
        }
        Map<String, byte[]> present = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    if (!name.startsWith(".") && Files.isRegularFile(f)) {
                        try {
                            present.put(name, Files.readAllBytes(f));
                        } catch (IOException e) {
                            LOG.warn("Specialty lines: cannot read {}: {}", f, e.toString());
                        }
                    }
                }
            } catch (IOException e) {
                LOG.warn("Specialty lines: cannot list {}: {}", folder, e.toString());
                return;
            }
        }
        for (Map.Entry<String, byte[]> f : present.entrySet()) {
            String hash = sha256(f.getValue());
            Entry e = entries.computeIfAbsent(f.getKey(), k -> new Entry());
            if (hash.equals(e.hash)) {
                continue;
            }
            e.hash = hash;
            e.checkedAt = Instant.now();
            String expectedId = idOf(f.getKey());
            DefinitionParser.Result r = DefinitionParser.parse(new String(f.getValue(), StandardCharsets.UTF_8), expectedId);
            if (r.valid()) {
                e.id = r.definition().id();
                e.errors = List.of();
                serve(e, r.definition(), hash);
            } else {
                e.id = expectedId;
                e.errors = r.errors();
                StringBuilder log = new StringBuilder();
                r.errors().forEach(err -> log.append("\n  ").append(err));
                LOG.error("Specialty definition {} refused ({}): {} error(s){}", folder.resolve(f.getKey()),
                        e.served == null ? "not served" : "the previous version stays served", r.errors().size(), log);
            }
        }
        for (String gone : new ArrayList<>(entries.keySet())) {
            if (!present.containsKey(gone)) {
                Entry e = entries.remove(gone);
                withdraw(e);
                LOG.info("Specialty definition {} removed: line {} withdrawn (its requests stay)", gone, e.id);
            }
        }
    }

    private void serve(Entry e, SpecialtyDefinition d, String hash) {
        withdraw(e);
        DefinedLine line = new DefinedLine(d, context.getBundle().getVersion() + "." + hash.substring(0, 8), requests);
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(ServiceLine.LINE_ID_PROPERTY, d.id());
        e.line = context.registerService(ServiceLine.class, line, props);
        e.pages = context.registerService(WebContribution.class, new DefinedWebPages(d.id(), d.nameZh(), d.nameEn()), null);
        e.served = d;
        e.servedSince = Instant.now();
        LOG.info("Specialty line {} ({} {}) served from {}: {} item(s), {} categor(ies), {} indicator(s)", d.id(),
                d.nameZh(), d.nameEn(), folder.resolve(d.id() + EXTENSION), d.items().size(), d.categories().size(),
                d.indicators().size());
    }

    private static void withdraw(Entry e) {
        for (ServiceRegistration<?> r : new ServiceRegistration<?>[] {e.line, e.pages}) {
            if (r != null) {
                try {
                    r.unregister();
                } catch (IllegalStateException gone) {
                    // already unregistered with the bundle
                }
            }
        }
        e.line = null;
        e.pages = null;
        e.served = null;
        e.servedSince = null;
    }

    @Override
    public synchronized List<DefinitionStatus> statuses() {
        List<DefinitionStatus> out = new ArrayList<>();
        Map<String, RefusedServiceLine> refused = refusedHere();
        entries.forEach((file, e) -> out.add(status(file, e, refused)));
        return out;
    }

    synchronized Optional<DefinitionStatus> status(String id) {
        Entry e = entries.get(id + EXTENSION);
        return e == null ? Optional.empty() : Optional.of(status(id + EXTENSION, e, refusedHere()));
    }

    /** The lines of this bundle the core refused (e.g. a definition whose id another installed line has), by id. */
    private Map<String, RefusedServiceLine> refusedHere() {
        String bundle = context.getBundle().getSymbolicName();
        Map<String, RefusedServiceLine> out = new HashMap<>();
        for (RefusedServiceLine r : lines.refused()) {
            if (r.bundle() != null && (r.bundle().equals(bundle) || r.bundle().startsWith(bundle + " "))) {
                out.put(r.id(), r);
            }
        }
        return out;
    }

    /**
     * A definition the core refused to publish is neither valid nor served, whatever the file says: its status
     * carries the core's reasons at {@code id}.
     */
    private static DefinitionStatus status(String file, Entry e, Map<String, RefusedServiceLine> refused) {
        RefusedServiceLine r = e.served == null ? null : refused.get(e.served.id());
        if (r != null) {
            List<DefinitionError> errors = new ArrayList<>(e.errors);
            errors.add(new DefinitionError("id", String.join("；", r.reasonsZh()), String.join("; ", r.reasonsEn())));
            return new DefinitionStatus(file, e.id, false, false, errors, e.checkedAt, e.servedSince);
        }
        return new DefinitionStatus(file, e.id, e.errors.isEmpty(), e.served != null, e.errors, e.checkedAt, e.servedSince);
    }

    @Override
    public synchronized Optional<SpecialtyDefinition> served(String id) {
        return entries.values().stream().filter(e -> e.served != null && e.served.id().equals(id)).map(e -> e.served)
                .findFirst();
    }

    /** Writes a definition (already valid) as {@code <id>.specialty}, atomically, and serves it at once. */
    synchronized void write(String id, String text) throws IOException {
        Files.createDirectories(folder);
        Path tmp = folder.resolve("." + id + EXTENSION + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, folder.resolve(id + EXTENSION), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        rescan();
    }

    /** Deletes {@code <id>.specialty}, withdrawing its line; whether there was one. */
    synchronized boolean delete(String id) throws IOException {
        boolean existed = Files.deleteIfExists(folder.resolve(id + EXTENSION));
        rescan();
        return existed;
    }

    static String idOf(String fileName) {
        return fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

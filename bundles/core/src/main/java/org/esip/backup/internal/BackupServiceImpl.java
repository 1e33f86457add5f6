package org.esip.backup.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.esip.backup.api.Backup;
import org.esip.backup.api.BackupProgress;
import org.esip.backup.api.BackupService;
import org.esip.backup.api.RestoreReport;
import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.Role;
import org.esip.core.api.ValidationException;
import org.esip.core.internal.crypto.DataKey;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Database;
import org.esip.core.internal.persistence.Jpa;
import org.esip.core.internal.persistence.SchemaMigrator;
import org.esip.core.internal.seam.AuditRecord;
import org.esip.core.internal.seam.Changes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Backup and restore (clause 6.4.4). A backup is a logical, database-neutral dump over plain JDBC: every
 * table of the platform's schema read in one read-only transaction (a snapshot on PostgreSQL, shared table
 * locks on Derby) into {@code database/<TABLE>.jsonl.gz} (gzip: JSON lines compress to a fraction of the
 * database's own size; a restore also reads the uncompressed {@code .jsonl} of earlier backups), then the content store copied into {@code content/}
 * (its files are written before the rows that name them commit, so every file the snapshot names is
 * there), and a {@code manifest.json} with the schema version, the row counts, a SHA-256 of every file
 * and a fingerprint of the data key (never the key). The folder is written under a hidden temporary name
 * and renamed when complete.
 *
 * <p>A restore checks every file against the manifest, refuses another schema version or data key, then in
 * one transaction deletes every row (children first), inserts the backup's rows (parents first) and moves
 * the identity counters past the restored ids.
 */
@Component(service = BackupService.class, configurationPid = BackupConfig.PID)
@Designate(ocd = BackupConfig.class)
public class BackupServiceImpl implements BackupService {
    static final String FORMAT = "esip-backup/1";
    static final String MANIFEST = "manifest.json";
    /** A table's rows: JSON lines, gzip-compressed. */
    static final String TABLE_FILE = ".jsonl.gz";
    static final String PREFIX = "esip-backup-";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Pattern NAME = Pattern.compile("esip-backup-\\d{8}-\\d{6}(-\\d+)?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZONE);
    private static final Pattern HASH_NAME = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    /** Fixed label of the value derived from the data key whose hash identifies the key. */
    static final String KEY_FINGERPRINT_LABEL = "esip-backup-key-fingerprint/1";
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(BackupServiceImpl.class);

    private final DataSource dataSource;
    private final DataKey dataKey;
    private final Jpa jpa;
    private final AuditRecord audit;
    private volatile Path directory;
    private final Clock clock = Clock.systemUTC();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** One backup or restore at a time. */
    private final ReentrantLock busy = new ReentrantLock();

    @Activate
    public BackupServiceImpl(@Reference(target = "(osgi.jndi.service.name=esip)") DataSource dataSource,
            @Reference Database database, @Reference DataKey dataKey, @Reference Jpa jpa, @Reference AuditRecord audit,
            BackupConfig config) {
        this.dataSource = dataSource;
        this.dataKey = dataKey;
        this.jpa = jpa;
        this.audit = audit;
        this.directory = resolve(config.directory());
    }

    /** A new backup folder applies to the next backup without withdrawing the service. */
    @Modified
    void modified(BackupConfig config) {
        this.directory = resolve(config.directory());
    }

    /** The content store: immutable files named by their SHA-256, in {@code ${karaf.data}/esip/content}. */
    static Path contentStore() {
        return Paths.get(System.getProperty("karaf.data", "data"), "esip", "content");
    }

    /** Replaces {@code ${property}} by system properties; a relative path is relative to Karaf's base folder. */
    static Path resolve(String configured) {
        Matcher m = PLACEHOLDER.matcher(configured.strip());
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = System.getProperty(m.group(1));
            if (value == null && m.group(1).equals("karaf.data")) {
                value = "data";
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(b);
        Path path = Paths.get(b.toString());
        return path.isAbsolute() ? path.normalize()
                : Paths.get(System.getProperty("karaf.base", ".")).resolve(path).toAbsolutePath().normalize();
    }

    // ---------------------------------------------------------------------------------------------- backup

    /** rwx------ on a folder, where the file system has POSIX permissions (elsewhere: as the system makes it). */
    static void ownerOnly(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Folders rwx------ and files rw------- under {@code root}: only the platform's own user reads a backup. */
    static void ownerOnlyTree(Path root) throws IOException {
        if (!Files.getFileStore(root).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions
                        .fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        }
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public Backup backup(Actor actor) {
        return backup(actor, BackupProgress.Listener.NONE);
    }

    @Override
    public Backup backup(Actor actor, BackupProgress.Listener listener) {
        requireAdmin(actor);
        busy.lock();
        try {
            long started = System.nanoTime();
            Instant now = clock.instant();
            Files.createDirectories(directory);
            ownerOnly(directory);
            String name = PREFIX + STAMP.format(now);
            for (int n = 2; Files.exists(directory.resolve(name)); n++) {
                name = PREFIX + STAMP.format(now) + "-" + n;
            }
            Path partial = directory.resolve("." + name + ".partial");
            deleteTree(partial);
            Files.createDirectories(partial);
            ownerOnly(partial); // before anything is written into it: backups carry password hashes and personal data
            Files.createDirectories(partial.resolve("database"));
            Backup backup;
            try {
                Map<String, FileEntry> files = new TreeMap<>();
                Snapshot snapshot = dumpWithRetry(partial.resolve("database"), files, listener);
                long[] content = copyContent(contentStore(), partial.resolve("content"), files);
                ObjectNode manifest = manifest(snapshot, content, files, actor);
                json.writeValue(partial.resolve(MANIFEST).toFile(), manifest);
                ownerOnlyTree(partial);
                Path complete = directory.resolve(name);
                move(partial, complete);
                backup = new Backup(name, complete.toString(), snapshot.takenAt, snapshot.schemaVersion,
                        snapshot.product, snapshot.rows, content[0], content[1]);
            } catch (RuntimeException | IOException | SQLException e) {
                deleteTree(partial);
                throw e;
            }
            long total = backup.rowCounts().values().stream().mapToLong(Long::longValue).sum();
            String folder = backup.folder();
            jpa.inTransaction(em -> {
                audit.record(em, actor, "backup", "backup", backup.name(), new Changes().field("folder", null, folder)
                        .field("rows", null, total).field("contentFiles", null, backup.contentFiles()));
                return null;
            });
            LOG.info("esip backup {}: {} rows in {} tables, {} content files ({} bytes) in {} ms", folder, total,
                    backup.rowCounts().size(), backup.contentFiles(), backup.contentBytes(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("esip backup failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("esip backup failed: " + e.getMessage(), e);
        } finally {
            busy.unlock();
        }
    }

    /** What the database part of a backup found. */
    private record Snapshot(Instant takenAt, String schemaVersion, String product, String productVersion,
            Map<String, Long> rows, List<String> order, Map<String, Schema.Table> tables) {
    }

    /** A file of the backup: its SHA-256 and size. */
    record FileEntry(String sha256, long bytes) {
    }

    private Snapshot dumpWithRetry(Path target, Map<String, FileEntry> files, BackupProgress.Listener listener)
            throws IOException, SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                return dump(target, files, listener);
            } catch (SQLException e) {
                // Derby: a writer holding a row this snapshot waits for, while waiting for a table it holds
                String state = e.getSQLState();
                if (attempt >= 3 || state == null || !(state.equals("40001") || state.equals("40XL1"))) {
                    throw e;
                }
                LOG.warn("esip backup: the snapshot met a lock conflict ({}), trying again", state);
                files.clear();
                deleteTree(target);
                Files.createDirectories(target);
            }
        }
    }

    private Snapshot dump(Path target, Map<String, FileEntry> files, BackupProgress.Listener listener)
            throws IOException, SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            Schema schema = Schema.read(c, SchemaMigrator.HISTORY_TABLE);
            try {
                c.setReadOnly(true);
                c.setAutoCommit(false);
                // PostgreSQL: REPEATABLE READ is a snapshot of the whole database; Derby has no snapshots, and
                // SERIALIZABLE with every table share-locked first keeps writers out until the dump commits.
                c.setTransactionIsolation(schema.isPostgres() ? Connection.TRANSACTION_REPEATABLE_READ
                        : Connection.TRANSACTION_SERIALIZABLE);
                List<String> order = schema.parentsFirst();
                if (schema.isDerby()) {
                    try (Statement s = c.createStatement()) {
                        for (String key : order) {
                            s.execute("LOCK TABLE " + schema.qualified(schema.tables.get(key).name()) + " IN SHARE MODE");
                        }
                    }
                }
                Instant takenAt = clock.instant();
                String version = schemaVersion(c, schema);
                Map<String, Long> rows = new TreeMap<>();
                for (String key : order) {
                    Schema.Table table = schema.tables.get(key);
                    String file = "database/" + key + TABLE_FILE;
                    rows.put(key, dumpTable(c, schema, table, target.resolve(key + TABLE_FILE), file, files,
                            new TableProgress(listener, key, rows.size() + 1, order.size())));
                }
                c.commit();
                DatabaseInfo info = databaseInfo(c);
                return new Snapshot(takenAt, version, info.product, info.version, rows, order, schema.tables);
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                c.setAutoCommit(autoCommit);
                c.setReadOnly(false);
                c.setTransactionIsolation(isolation);
            }
        }
    }

    private record DatabaseInfo(String product, String version) {
    }

    private static DatabaseInfo databaseInfo(Connection c) throws SQLException {
        return new DatabaseInfo(c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion());
    }

    /** Where one table's progress goes: its name and place in the backup. */
    private record TableProgress(BackupProgress.Listener listener, String table, int index, int tables) {
        /** Rows between two reports within a table. */
        static final long EVERY = 100_000;

        void report(long rows, long bytes, boolean done) {
            listener.progress(new BackupProgress(table, index, tables, rows, bytes, done));
        }
    }

    /** Counts the bytes that reach the file. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Writes one table: a header line with its columns and JDBC types, then one JSON object per row. */
    private long dumpTable(Connection c, Schema schema, Schema.Table table, Path path, String file,
            Map<String, FileEntry> files, TableProgress progress) throws IOException, SQLException {
        List<Schema.Column> columns = table.columns();
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            select.append(i == 0 ? "" : ", ").append(schema.quote(columns.get(i).name()));
        }
        select.append(" FROM ").append(schema.qualified(table.name()));
        if (!table.primaryKey().isEmpty()) {
            select.append(" ORDER BY ");
            for (int i = 0; i < table.primaryKey().size(); i++) {
                select.append(i == 0 ? "" : ", ").append(schema.quote(table.primaryKey().get(i)));
            }
        }
        MessageDigest sha = sha256();
        long rows = 0;
        // the digest is of the file as stored (compressed), as a restore checks it before reading
        CountingStream counted = new CountingStream(Files.newOutputStream(path));
        try (OutputStream out = new GZIPOutputStream(
                new BufferedOutputStream(new DigestOutputStream(counted, sha), 1 << 16), 1 << 16);
                JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            g.writeStartObject();
            g.writeStringField("table", table.key());
            g.writeArrayFieldStart("columns");
            for (Schema.Column col : columns) {
                g.writeStartObject();
                g.writeStringField("name", col.key());
                g.writeNumberField("jdbcType", col.jdbcType());
                g.writeStringField("typeName", col.typeName());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            try (Statement s = c.createStatement()) {
                s.setFetchSize(BATCH);
                try (ResultSet rs = s.executeQuery(select.toString())) {
                    while (rs.next()) {
                        g.writeStartObject();
                        for (int i = 0; i < columns.size(); i++) {
                            g.writeFieldName(columns.get(i).key());
                            Values.write(g, Values.read(rs, i + 1, columns.get(i).kind()));
                        }
                        g.writeEndObject();
                        rows++;
                        if (rows % TableProgress.EVERY == 0) {
                            progress.report(rows, counted.count, false);
                        }
                    }
                }
            }
            g.writeRaw('\n');
        }
        long bytes = Files.size(path);
        files.put(file, new FileEntry(HexFormat.of().formatHex(sha.digest()), bytes));
        progress.report(rows, bytes, true);
        return rows;
    }

    /** The version of the last successful migration in the history table, read in the caller's transaction. */
    static String schemaVersion(Connection c, Schema schema) throws SQLException {
        if (schema.historyTable == null) {
            return "0";
        }
        String version = null;
        long newest = Long.MIN_VALUE;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + schema.qualified(schema.historyTable))) {
            ResultSetMetaData meta = rs.getMetaData();
            int rank = 0;
            int ver = 0;
            int success = 0;
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                switch (meta.getColumnLabel(i).toLowerCase(Locale.ROOT)) {
                    case "installed_rank" -> rank = i;
                    case "version" -> ver = i;
                    case "success" -> success = i;
                    default -> {
                    }
                }
            }
            while (rs.next()) {
                String v = rs.getString(ver);
                if (v != null && rs.getBoolean(success) && rs.getLong(rank) > newest) {
                    newest = rs.getLong(rank);
                    version = v;
                }
            }
        }
        return version == null ? "0" : version;
    }

    /**
     * Copies the content store's files into {@code target}, checking each file named by a SHA-256 against
     * its name. Hidden files (a writer's temporary files) are left out.
     *
     * @return the number of files and their bytes
     */
    private long[] copyContent(Path store, Path target, Map<String, FileEntry> files) throws IOException {
        Files.createDirectories(store);
        Files.createDirectories(target);
        long[] counts = new long[2];
        List<Path> sources = new ArrayList<>();
        Files.walkFileTree(store, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    sources.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // renamed or removed by a writer meanwhile
                }
                throw e;
            }
        });
        sources.sort(null);
        for (Path source : sources) {
            String rel = relative(store, source);
            Path copy = target.resolve(rel);
            Files.createDirectories(copy.getParent());
            MessageDigest sha = sha256();
            long bytes;
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha)) {
                bytes = Files.copy(in, copy);
            } catch (NoSuchFileException gone) {
                continue;
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            String name = source.getFileName().toString();
            if (HASH_NAME.matcher(name).matches() && !name.equals(hash)) {
                throw new ConflictException("backup.content-corrupt", "content",
                        Messages.zh("backup.content-corrupt", rel, hash), Messages.en("backup.content-corrupt", rel, hash));
            }
            files.put("content/" + rel, new FileEntry(hash, bytes));
            counts[0]++;
            counts[1] += bytes;
        }
        return counts;
    }

    private ObjectNode manifest(Snapshot s, long[] content, Map<String, FileEntry> files, Actor actor) {
        ObjectNode m = json.createObjectNode();
        m.put("format", FORMAT);
        m.put("takenAt", s.takenAt.toString());
        m.put("takenAtLocal", s.takenAt.atZone(ZONE).toOffsetDateTime().toString());
        m.put("takenBy", actor.username());
        m.put("schemaVersion", s.schemaVersion);
        m.put("databaseProduct", s.product);
        m.put("databaseVersion", s.productVersion);
        // TIMESTAMP columns hold the wall-clock time of the JVM's zone: a restore under another zone is warned
        m.put("timeZone", TimeZone.getDefault().getID());
        m.put("dataKeyFingerprint", keyFingerprint());
        ArrayNode order = m.putArray("tableOrder");
        s.order.forEach(order::add);
        ObjectNode tables = m.putObject("tables");
        s.rows.forEach((table, rows) -> tables.putObject(table).put("file", "database/" + table + TABLE_FILE)
                .put("rows", rows));
        m.putObject("content").put("files", content[0]).put("bytes", content[1]);
        ObjectNode list = m.putObject("files");
        files.forEach((path, entry) -> list.putObject(path).put("sha256", entry.sha256()).put("bytes", entry.bytes()));
        return m;
    }

    /** Identifies the data key without revealing it: SHA-256 of a value derived from it with a fixed label. */
    String keyFingerprint() {
        return HexFormat.of().formatHex(sha256().digest(dataKey.derive(KEY_FINGERPRINT_LABEL)));
    }

    // ------------------------------------------------------------------------------------------------ list

    @Override
    public List<Backup> list(Actor actor) {
        requireAdmin(actor);
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return backups;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(directory)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (NAME.matcher(name).matches() && Files.isRegularFile(folder.resolve(MANIFEST))) {
                    try {
                        backups.add(describe(folder, json.readTree(folder.resolve(MANIFEST).toFile())));
                    } catch (IOException | RuntimeException unreadable) {
                        LOG.warn("esip backup {}: unreadable manifest, not listed: {}", folder, unreadable.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        backups.sort((a, b) -> b.name().compareTo(a.name()));
        return backups;
    }

    private static Backup describe(Path folder, JsonNode m) {
        Map<String, Long> rows = new TreeMap<>();
        m.path("tables").fields().forEachRemaining(e -> rows.put(e.getKey(), e.getValue().path("rows").asLong()));
        return new Backup(folder.getFileName().toString(), folder.toAbsolutePath().toString(),
                Instant.parse(m.path("takenAt").asText()), m.path("schemaVersion").asText(),
                m.path("databaseProduct").asText(), rows, m.path("content").path("files").asLong(),
                m.path("content").path("bytes").asLong());
    }

    // --------------------------------------------------------------------------------------------- restore

    @Override
    public RestoreReport restore(Actor actor, Path folder, boolean replaceExisting) {
        requireAdmin(actor);
        busy.lock();
        try {
            long started = System.nanoTime();
            Path dir = locate(folder);
            JsonNode manifest = readManifest(dir);
            verify(dir, manifest);
            Backup backup = describe(dir, manifest);
            List<String> warnings = new ArrayList<>();
            String zone = manifest.path("timeZone").asText(null);
            if (zone != null && !zone.equals(TimeZone.getDefault().getID())) {
                warnings.add(Messages.zh("backup.zone-differs", zone, TimeZone.getDefault().getID()) + " ("
                        + Messages.en("backup.zone-differs", zone, TimeZone.getDefault().getID()) + ")");
            }
            long replaced;
            try (Connection c = dataSource.getConnection()) {
                Schema schema = Schema.read(c, SchemaMigrator.HISTORY_TABLE);
                checkCompatible(c, schema, manifest);
                checkEmpty(c, schema, replaceExisting);
                long[] written = restoreContent(dir, manifest);
                replaced = restoreDatabase(c, schema, dir, manifest, replaceExisting);
                Instant restoredAt = clock.instant();
                RestoreReport report = new RestoreReport(dir.toString(), backup.takenAt(), backup.schemaVersion(),
                        backup.rowCounts(), replaced, backup.contentFiles(), backup.contentBytes(), written[0], restoredAt,
                        warnings);
                long total = backup.rowCounts().values().stream().mapToLong(Long::longValue).sum();
                jpa.inTransaction(em -> {
                    audit.record(em, actor, "restore", "backup", backup.name(), new Changes()
                            .field("folder", null, report.folder()).field("rows", null, total)
                            .field("replacedRows", null, replaced).field("contentFiles", null, backup.contentFiles()));
                    return null;
                });
                LOG.info("esip restore from {}: {} rows ({} replaced), {} content files ({} written) in {} ms", dir,
                        total, replaced, backup.contentFiles(), written[0],
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
                return report;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("esip restore failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("esip restore failed, nothing was changed in the database: "
                    + e.getMessage(), e);
        } finally {
            busy.unlock();
        }
    }

    /** An absolute folder, or one relative to the backup directory (else to Karaf's base folder). */
    private Path locate(Path folder) {
        if (folder == null || folder.toString().isBlank()) {
            throw invalid("backup.folder-missing", "");
        }
        Path dir = folder.isAbsolute() ? folder : directory.resolve(folder);
        if (!folder.isAbsolute() && !Files.isDirectory(dir)) {
            dir = Paths.get(System.getProperty("karaf.base", ".")).resolve(folder);
        }
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw invalid("backup.folder-missing", folder);
        }
        return dir;
    }

    private JsonNode readManifest(Path dir) {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw invalid("backup.no-manifest", dir);
        }
        try {
            JsonNode m = json.readTree(file.toFile());
            if (!FORMAT.equals(m.path("format").asText())) {
                throw invalid("backup.format", dir, m.path("format").asText());
            }
            return m;
        } catch (IOException e) {
            throw invalid("backup.no-manifest", dir);
        }
    }

    /** Every file the manifest lists is there, with its size and SHA-256. */
    private void verify(Path dir, JsonNode manifest) throws IOException {
        List<String> bad = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> files = manifest.path("files").fields();
        while (files.hasNext()) {
            Map.Entry<String, JsonNode> e = files.next();
            Path file = dir.resolve(e.getKey()).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                bad.add(e.getKey());
                continue;
            }
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(e.getValue().path("sha256").asText())) {
                bad.add(e.getKey());
            }
        }
        for (JsonNode table : manifest.path("tables")) {
            if (!manifest.path("files").has(table.path("file").asText())) {
                bad.add(table.path("file").asText());
            }
        }
        if (!bad.isEmpty()) {
            String list = String.join(", ", bad.subList(0, Math.min(5, bad.size()))) + (bad.size() > 5 ? ", …" : "");
            throw invalid("backup.corrupt", dir, bad.size(), list);
        }
    }

    private void checkCompatible(Connection c, Schema schema, JsonNode manifest) throws SQLException {
        String ours = schemaVersion(c, schema);
        String theirs = manifest.path("schemaVersion").asText();
        if (!ours.equals(theirs)) {
            throw new ConflictException("backup.schema-mismatch", "schemaVersion",
                    Messages.zh("backup.schema-mismatch", theirs, ours), Messages.en("backup.schema-mismatch", theirs, ours));
        }
        if (!keyFingerprint().equals(manifest.path("dataKeyFingerprint").asText())) {
            throw new ConflictException("backup.key-mismatch", "dataKey", Messages.zh("backup.key-mismatch"),
                    Messages.en("backup.key-mismatch"));
        }
        for (Map.Entry<String, JsonNode> e : iterable(manifest.path("tables").fields())) {
            if (!schema.tables.containsKey(e.getKey())) {
                throw new ConflictException("backup.table-unknown", "schemaVersion",
                        Messages.zh("backup.table-unknown", e.getKey()), Messages.en("backup.table-unknown", e.getKey()));
            }
        }
    }

    /** Refuses a database that holds enterprises or tickets, unless they are to be replaced. */
    private static void checkEmpty(Connection c, Schema schema, boolean replaceExisting) throws SQLException {
        if (replaceExisting) {
            return;
        }
        long enterprises = count(c, schema, "ENTERPRISE");
        long tickets = count(c, schema, "TICKET");
        if (enterprises + tickets > 0) {
            throw new ConflictException("backup.database-not-empty", "replaceExisting",
                    Messages.zh("backup.database-not-empty", enterprises, tickets),
                    Messages.en("backup.database-not-empty", enterprises, tickets));
        }
    }

    private static long count(Connection c, Schema schema, String key) throws SQLException {
        Schema.Table table = schema.tables.get(key);
        if (table == null) {
            return 0;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema.qualified(table.name()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Copies the backup's content files into the content store before the rows that name them are restored,
     * as the store's writers do. A file already there with the same SHA-256 is left alone.
     *
     * @return files written
     */
    private long[] restoreContent(Path dir, JsonNode manifest) throws IOException {
        Path store = contentStore();
        Files.createDirectories(store);
        long written = 0;
        for (Map.Entry<String, JsonNode> e : iterable(manifest.path("files").fields())) {
            if (!e.getKey().startsWith("content/")) {
                continue;
            }
            String rel = e.getKey().substring("content/".length());
            Path target = store.resolve(rel).normalize();
            if (!target.startsWith(store)) {
                continue;
            }
            String sha = e.getValue().path("sha256").asText();
            if (Files.isRegularFile(target) && Files.size(target) == e.getValue().path("bytes").asLong()
                    && sha.equals(hashOf(target))) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + ".restoring");
            Files.copy(dir.resolve(e.getKey()), temp, StandardCopyOption.REPLACE_EXISTING);
            move(temp, target);
            written++;
        }
        return new long[] {written};
    }

    /** Replaces every row in one transaction. @return the rows there were before */
    private long restoreDatabase(Connection c, Schema schema, Path dir, JsonNode manifest, boolean replaceExisting)
            throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        try {
            c.setAutoCommit(false);
            List<String> parentsFirst = schema.parentsFirst();
            try (Statement s = c.createStatement()) {
                for (String key : parentsFirst) {
                    s.execute("LOCK TABLE " + schema.qualified(schema.tables.get(key).name()) + " IN EXCLUSIVE MODE");
                }
            }
            // checked again under the locks: nobody registered an enterprise since the first check
            checkEmpty(c, schema, replaceExisting);
            long replaced = 0;
            try (Statement s = c.createStatement()) {
                for (String key : schema.childrenFirst()) {
                    replaced += s.executeUpdate("DELETE FROM " + schema.qualified(schema.tables.get(key).name()));
                }
            }
            JsonNode tables = manifest.path("tables");
            for (String key : parentsFirst) {
                if (tables.has(key)) {
                    long expected = tables.path(key).path("rows").asLong();
                    long rows = insertRows(c, schema, schema.tables.get(key), dir.resolve(tables.path(key).path("file")
                            .asText()));
                    if (rows != expected) {
                        throw new IllegalStateException("table " + key + ": the manifest counts " + expected
                                + " rows, the file holds " + rows);
                    }
                }
            }
            restartIdentities(c, schema);
            c.commit();
            return replaced;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** A table file of this backup ({@code .jsonl.gz}) or of an earlier one ({@code .jsonl}). */
    private static BufferedReader tableReader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private long insertRows(Connection c, Schema schema, Schema.Table table, Path file) throws SQLException, IOException {
        try (BufferedReader in = tableReader(file)) {
            JsonNode header = json.readTree(in.readLine());
            List<String> keys = new ArrayList<>();
            List<Values.Kind> sourceKinds = new ArrayList<>();
            List<Schema.Column> targets = new ArrayList<>();
            for (JsonNode col : header.path("columns")) {
                String key = col.path("name").asText();
                Schema.Column target = table.column(key);
                if (target == null) {
                    throw new ConflictException("backup.column-unknown", "schemaVersion",
                            Messages.zh("backup.column-unknown", table.key(), key),
                            Messages.en("backup.column-unknown", table.key(), key));
                }
                keys.add(key);
                sourceKinds.add(Values.Kind.of(col.path("jdbcType").asInt()));
                targets.add(target);
            }
            StringBuilder insert = new StringBuilder("INSERT INTO ").append(schema.qualified(table.name())).append(" (");
            for (int i = 0; i < targets.size(); i++) {
                insert.append(i == 0 ? "" : ", ").append(schema.quote(targets.get(i).name()));
            }
            insert.append(") VALUES (").append("?, ".repeat(Math.max(0, targets.size() - 1)))
                    .append(targets.isEmpty() ? "" : "?").append(')');
            long rows = 0;
            try (PreparedStatement ps = c.prepareStatement(insert.toString())) {
                int pending = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode row = json.readTree(line);
                    for (int i = 0; i < targets.size(); i++) {
                        Schema.Column target = targets.get(i);
                        Values.bind(ps, i + 1, target.kind(), target.jdbcType(),
                                Values.decode(row.get(keys.get(i)), sourceKinds.get(i)));
                    }
                    ps.addBatch();
                    rows++;
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            return rows;
        }
    }

    /** Moves each identity counter past the largest restored id, so new records get new ids. */
    private static void restartIdentities(Connection c, Schema schema) throws SQLException {
        for (Schema.Table table : schema.tables.values()) {
            for (Schema.Column col : table.columns()) {
                if (!col.autoIncrement()) {
                    continue;
                }
                Long max = null;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX("
                        + schema.quote(col.name()) + ") FROM " + schema.qualified(table.name()))) {
                    if (rs.next()) {
                        long v = rs.getLong(1);
                        max = rs.wasNull() ? null : v;
                    }
                }
                if (schema.isDerby()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("ALTER TABLE " + schema.qualified(table.name()) + " ALTER COLUMN "
                                + schema.quote(col.name()) + " RESTART WITH " + (max == null ? 1 : max + 1));
                    }
                } else if (schema.isPostgres()) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT setval(pg_get_serial_sequence(?, ?), ?, ?)")) {
                        ps.setString(1, schema.qualified(table.name()));
                        ps.setString(2, col.name());
                        ps.setLong(3, max == null ? 1 : max);
                        ps.setBoolean(4, max != null);
                        ps.executeQuery().close();
                    }
                } else {
                    LOG.warn("esip restore: cannot restart the identity of {}.{} on {}; new ids may collide",
                            table.name(), col.name(), schema.product);
                }
            }
        }
    }

    // --------------------------------------------------------------------------------------------- helpers

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw new ForbiddenException("backup.forbidden", Messages.zh("backup.forbidden"),
                    Messages.en("backup.forbidden"));
        }
    }

    private static ValidationException invalid(String key, Object... args) {
        return new ValidationException(Messages.zh("validation.failed"), Messages.en("validation.failed"),
                List.of(Messages.violation("folder", key, args)));
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String hashOf(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
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

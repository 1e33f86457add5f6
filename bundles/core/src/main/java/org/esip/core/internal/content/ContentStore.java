package org.esip.core.internal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import javax.sql.DataSource;

import org.esip.core.api.UnavailableException;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's files (attachments), under {@code ${karaf.data}/esip/content}, each named by its SHA-256
 * in a two-level folder ({@code ab/abcd…}). A file is written completely under a temporary name and moved
 * into place before the database row that refers to it commits, and never changed afterwards: the same
 * bytes are stored once, and a backup may copy the folder while the platform runs.
 *
 * <p>With several nodes on one database ({@code store = database} in {@code etc/org.esip.content.cfg}) every file
 * is also kept in the database (table {@code CONTENT_BLOB}, by the same SHA-256) before its row commits; a node
 * that lacks a file, or finds its copy damaged, reads it from there, checks the hash and keeps a copy.
 */
@Component(service = ContentStore.class, configurationPid = ContentStore.PID)
@Designate(ocd = ContentStore.Config.class)
public class ContentStore {
    static final String PID = "org.esip.content";
    private static final Logger LOG = LoggerFactory.getLogger(ContentStore.class);

    @ObjectClassDefinition(id = PID, name = "esip content store",
            description = "附件存储 Where the platform keeps attachments")
    public @interface Config {
        @AttributeDefinition(description = "files：仅存于本节点数据目录；database：同时存入数据库，供多个节点读取 "
                + "files: in this node's data folder only; database: also in the database, for several nodes")
        String store() default "files";
    }

    private final Path root;
    private final DataSource dataSource;
    private volatile boolean shared;

    @Activate
    public ContentStore(@Reference Database database,
            @Reference(target = "(osgi.jndi.service.name=esip)") DataSource dataSource, Config config) {
        this(Paths.get(System.getProperty("karaf.data", "data"), "esip", "content"), dataSource);
        modified(config);
    }

    /** A store in {@code root} only (tests). */
    public ContentStore(Path root) {
        this(root, null);
    }

    ContentStore(Path root, DataSource dataSource) {
        this.root = root;
        this.dataSource = dataSource;
    }

    /** An edit of etc/org.esip.content.cfg applies to the next file; the store stays published. */
    @Modified
    void modified(Config config) {
        boolean database = "database".equalsIgnoreCase(config.store().strip());
        if (!database && !"files".equalsIgnoreCase(config.store().strip())) {
            LOG.error("etc/{}.cfg: store = {} 无效，应为 files 或 database / is not files or database; keeping files only",
                    PID, config.store());
        }
        shared = database && dataSource != null;
    }

    public Path root() {
        return root;
    }

    /** Whether files are kept in the database too, for several nodes. */
    public boolean sharedInDatabase() {
        return shared;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Where the file of this hash is (or would be). */
    public Path path(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Stores {@code content} (once per distinct content) and returns its SHA-256. */
    public String put(byte[] content) {
        String hash = sha256(content);
        writeLocal(hash, content);
        if (shared) {
            putShared(hash, content);
        }
        return hash;
    }

    private void writeLocal(String hash, byte[] content) {
        Path target = path(hash);
        try {
            if (Files.exists(target) && hash.equals(sha256(Files.readAllBytes(target)))) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), hash, ".part");
            try {
                Files.write(temp, content);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a file in " + root, e);
        }
    }

    private void putShared(String hash, byte[] content) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM CONTENT_BLOB WHERE SHA256 = ?")) {
                find.setString(1, hash);
                try (ResultSet r = find.executeQuery()) {
                    if (r.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO CONTENT_BLOB (SHA256, SIZE_BYTES, CONTENT, STORED_AT) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, hash);
                insert.setLong(2, content.length);
                insert.setBytes(3, content);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return; // another node stored the same bytes meanwhile
            }
            throw unavailable(e);
        }
    }

    /** The bytes of a stored file, if it is there and still has the hash it is named by. */
    public Optional<byte[]> read(String sha256) {
        Optional<byte[]> local = readLocal(sha256);
        if (local.isPresent() || !shared) {
            return local;
        }
        Optional<byte[]> fromDatabase = readShared(sha256);
        fromDatabase.ifPresent(content -> {
            try {
                writeLocal(sha256, content);
            } catch (UncheckedIOException e) {
                LOG.warn("Could not keep a local copy of {}", sha256, e);
            }
        });
        return fromDatabase;
    }

    private Optional<byte[]> readLocal(String sha256) {
        Path p = path(sha256);
        try {
            if (!Files.isRegularFile(p)) {
                return Optional.empty();
            }
            byte[] content = Files.readAllBytes(p);
            return sha256.equals(sha256(content)) ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + p, e);
        }
    }

    private Optional<byte[]> readShared(String sha256) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT CONTENT FROM CONTENT_BLOB WHERE SHA256 = ?")) {
            st.setString(1, sha256);
            try (ResultSet r = st.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                byte[] content = r.getBytes(1);
                return content != null && sha256.equals(sha256(content)) ? Optional.of(content) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The database could not be used: the client is told to try again later (503), as for every other write. */
    private static RuntimeException unavailable(SQLException e) {
        return new UnavailableException("database.unavailable",
                Messages.zh("database.unavailable"),
                Messages.en("database.unavailable"), e);
    }

    /** Whether the file is there and intact. */
    public boolean intact(String sha256) {
        return read(sha256).isPresent();
    }
}

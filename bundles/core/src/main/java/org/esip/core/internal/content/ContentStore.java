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
import java.util.HexFormat;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The platform's files (attachments), under {@code ${karaf.data}/esip/content}, each named by its SHA-256
 * in a two-level folder ({@code ab/abcd…}). A file is written completely under a temporary name and moved
 * into place before the database row that refers to it commits, and never changed afterwards: the same
 * bytes are stored once, and a backup may copy the folder while the platform runs.
 */
@Component(service = ContentStore.class)
public class ContentStore {
    private final Path root;

    @Activate
    public ContentStore() {
        this(Paths.get(System.getProperty("karaf.data", "data"), "esip", "content"));
    }

    public ContentStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
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
        Path target = path(hash);
        try {
            if (Files.exists(target) && hash.equals(sha256(Files.readAllBytes(target)))) {
                return hash;
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
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a file in " + root, e);
        }
    }

    /** The bytes of a stored file, if it is there and still has the hash it is named by. */
    public Optional<byte[]> read(String sha256) {
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

    /** Whether the file is there and intact. */
    public boolean intact(String sha256) {
        return read(sha256).isPresent();
    }
}

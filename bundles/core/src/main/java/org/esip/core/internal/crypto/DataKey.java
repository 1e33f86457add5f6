package org.esip.core.internal.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the key that encrypts personal data at rest, read from outside the database: the
 * environment variable {@code ESIP_DATA_KEY} or the key file of {@link DataKeyConfig}, created on
 * first start. The JPA converter {@link EncryptedString} uses it; the persistence layer depends on
 * this component, so nothing is read or written before the key is there.
 */
@Component(service = DataKey.class, configurationPid = DataKeyConfig.PID)
@Designate(ocd = DataKeyConfig.class)
public class DataKey {
    static final String ENV = "ESIP_DATA_KEY";
    private static final Logger LOG = LoggerFactory.getLogger(DataKey.class);
    private static volatile FieldCipher current;
    private final byte[] key;

    @Activate
    public DataKey(DataKeyConfig config) {
        key = load(config);
        current = new FieldCipher(new SecretKeySpec(key, "AES"));
    }

    /**
     * The data key never changes while the platform runs (every stored field and token depends on it):
     * an edit of its configuration is noted and applies at the next start.
     */
    @Modified
    void modified(DataKeyConfig config) {
        LoggerFactory.getLogger(DataKey.class)
                .warn("The data key configuration changed; the key in use stays until the platform restarts");
    }

    /**
     * A key for another purpose (e.g. signing tokens), derived from the data key with HMAC-SHA256 over
     * {@code purpose}, so that nodes sharing the data key share it too and no second secret is stored.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The cipher of the active key; the converter calls it. */
    static FieldCipher cipher() {
        FieldCipher c = current;
        if (c == null) {
            throw new IllegalStateException("the esip data key is not loaded");
        }
        return c;
    }

    /** For unit tests outside OSGi. */
    static void use(FieldCipher cipher) {
        current = cipher;
    }

    private static byte[] load(DataKeyConfig config) {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            LOG.info("esip data key: from the environment variable {}", ENV);
            return decode(env.strip(), ENV);
        }
        Path file = resolve(config.keyFile());
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the esip data key " + file, e);
        }
    }

    static Path resolve(String keyFile) {
        Path path = Paths.get(keyFile);
        if (path.isAbsolute()) {
            return path;
        }
        String etc = System.getProperty("karaf.etc", "etc");
        return Paths.get(etc).resolve(path);
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key) + System.lineSeparator();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.writeString(file, encoded, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException raced) {
            return; // another node or start created it a moment ago: use that one
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("esip data key {}: cannot restrict its permissions on this file system", file);
        }
        LOG.warn("esip data key: created a new key in {}. Back it up apart from the database: "
                + "without it the personal data in a backup cannot be read.", file);
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("esip data key in " + source + " is not Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(
                    "esip data key in " + source + " must be 32 bytes (AES-256), found " + key.length);
        }
        return key;
    }
}

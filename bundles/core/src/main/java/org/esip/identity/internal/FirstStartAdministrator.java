package org.esip.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.esip.identity.api.AccountService;
import org.esip.identity.api.GeneratedPasswords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a new installation its administrator, with no known password anywhere (clause 6.1 b). On a
 * start where the platform has no administrator account yet, it creates {@value #ACCOUNT} with role
 * ADMIN and the password from the environment variable {@value #PASSWORD_VARIABLE} when it is set,
 * otherwise a generated secret that is printed once on the console that started the platform and
 * never logged, and kept in the owner-only file {@code etc/}{@value #PASSWORD_FILE} so that an operator
 * who started the platform in the background ({@code bin/start}) can read it; the operator deletes that
 * file after changing the password (README, "Accounts and the console"). The same account signs in to the REST API and, through the console realm of the shell bundle,
 * to the console; Karaf's stock {@code karaf/karaf} does not exist. Once an administrator exists this
 * does nothing.
 */
@Component(immediate = true)
public final class FirstStartAdministrator {
    static final String ACCOUNT = "admin";
    static final String PASSWORD_VARIABLE = "ESIP_ADMIN_PASSWORD";
    static final String PASSWORD_FILE = "esip-admin-password.txt";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStartAdministrator.class);

    @Activate
    public FirstStartAdministrator(@Reference AccountService accounts) {
        String given = System.getenv(PASSWORD_VARIABLE);
        boolean generated = given == null || given.isBlank();
        String secret = generated ? GeneratedPasswords.generate() : given;
        if (!accounts.createFirstAdministrator(secret)) {
            return;
        }
        ResourceBundle messages = ResourceBundle.getBundle("org.esip.identity.internal.FirstStart", Locale.ROOT,
                FirstStartAdministrator.class.getClassLoader());
        LOG.info(MessageFormat.format(messages.getString(generated ? "admin.created.generated" : "admin.created.given"),
                ACCOUNT, PASSWORD_VARIABLE));
        if (generated) {
            // Printed once, on the console that started the platform; never written to the log.
            String notice = MessageFormat.format(messages.getString("secret.both"), ACCOUNT, secret, PASSWORD_VARIABLE);
            System.out.println(notice);
            Path file = Paths.get(System.getProperty("karaf.etc", "etc"), PASSWORD_FILE);
            try {
                writeOwnerOnly(file, notice + MessageFormat.format(messages.getString("secret.file"), file) + "\n");
                LOG.info(MessageFormat.format(messages.getString("admin.created.file"), ACCOUNT, file));
            } catch (IOException | UnsupportedOperationException e) {
                LOG.warn("Could not keep the generated administrator password in {}: {}", file, e.toString());
            }
        }
    }

    /** Creates {@code file} readable and writable by the platform's user only (rw-------), then writes it. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

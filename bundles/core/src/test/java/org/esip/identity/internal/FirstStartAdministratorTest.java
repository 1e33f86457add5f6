package org.esip.identity.internal;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The generated administrator password is kept where only the platform's user can read it (clause 6.1 b). */
public class FirstStartAdministratorTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void passwordFileIsOwnerOnlyAndReplacesAnOldOne() throws Exception {
        Path file = folder.getRoot().toPath().resolve(FirstStartAdministrator.PASSWORD_FILE);
        Files.writeString(file, "left over from an earlier installation");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        FirstStartAdministrator.writeOwnerOnly(file, "admin: Secret-2026\n");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("admin: Secret-2026\n", Files.readString(file, StandardCharsets.UTF_8));
    }
}

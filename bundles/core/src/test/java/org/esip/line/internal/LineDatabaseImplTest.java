package org.esip.line.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.junit.Test;

public class LineDatabaseImplTest {

    @Test
    public void eachLineHasItsOwnHistoryTable() {
        assertEquals("ESIP_LINE_POLICY_SCHEMA_HISTORY", LineDatabaseImpl.historyTable("policy"));
        assertEquals("ESIP_LINE_LOCAL_SPECIALTY_SCHEMA_HISTORY", LineDatabaseImpl.historyTable("local-specialty"));
    }

    @Test
    public void migrationsComeOnlyFromTheLinesOwnFolder() throws IOException {
        Path line = Files.createTempDirectory("line");
        Files.createDirectories(line.resolve("org/example/line/db"));
        Files.writeString(line.resolve("org/example/line/db/V1__create.sql"), "CREATE TABLE X (A INT);");
        try (URLClassLoader lineLoader = new URLClassLoader(new URL[] {line.toUri().toURL()}, null)) {
            ClassLoader both = new LineDatabaseImpl.LineFirstClassLoader(lineLoader,
                    LineDatabaseImplTest.class.getClassLoader(), "org/example/line/db");
            assertNotNull(both.getResource("org/example/line/db/V1__create.sql"));
            assertEquals(1, Collections.list(both.getResources("org/example/line/db")).size());
            // Anything else (Flyway's own classes and resources) comes from the platform.
            assertNotNull(both.getResource("org/junit/Test.class"));
            // A line naming the core's folder finds nothing there: the core's migrations never run as a line's.
            ClassLoader wrong = new LineDatabaseImpl.LineFirstClassLoader(lineLoader,
                    LineDatabaseImplTest.class.getClassLoader(), "org/esip/core/db/migration");
            assertNull(wrong.getResource("org/esip/core/db/migration/V1__enterprise_and_ticket.sql"));
            assertEquals(0, Collections.list(wrong.getResources("org/esip/core/db/migration")).size());
        }
    }
}

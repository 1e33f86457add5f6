package org.esip.core.internal.seam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The capabilities inside the core bundle ({@code org.esip.<capability>.internal}: registry, provider, identity,
 * ticketing, archive, audit, backup, …) collaborate through this seam package only: a capability's code imports its
 * own {@code internal} packages, the shared kernel {@code org.esip.core.internal} (persistence, messages, crypto,
 * tables, and this seam) and any API package, never another capability's {@code internal} package; and the kernel
 * imports no capability's {@code internal} package. Tests may cross (a test of the demo data checks it against the
 * registry's rules); the production sources may not.
 */
public class CapabilitySeamsTest {
    private static final Path SOURCES = Paths.get("src/main/java");
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^import\\s+(?:static\\s+)?(org\\.esip\\.([a-z]+)\\.internal(?:\\.[\\w.]+)?)\\s*;");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+org\\.esip\\.([a-z]+)\\.");

    @Test
    public void noCapabilityImportsAnotherCapabilitysInternals() throws IOException {
        List<String> crossings = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            files = paths.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertTrue("no sources under " + SOURCES.toAbsolutePath(), files.size() > 50);
        for (Path file : files) {
            for (String crossing : crossings(Files.readString(file, StandardCharsets.UTF_8))) {
                crossings.add(SOURCES.relativize(file) + ": " + crossing);
            }
        }
        assertEquals("capabilities import each other's internal packages; go through org.esip.core.internal.seam:\n"
                + String.join("\n", crossings), List.of(), crossings);
    }

    @Test
    public void tellsACrossingFromAnAllowedImport() {
        String ticketing = "package org.esip.ticketing.internal;\n\n"
                + "import org.esip.ticketing.internal.flow.Step;\n"
                + "import org.esip.core.internal.persistence.Jpa;\n"
                + "import org.esip.core.internal.seam.AuditRecord;\n"
                + "import org.esip.registry.api.EnterpriseService;\n"
                + "import org.esip.archive.internal.ArchiveLedger;\n"
                + "import static org.esip.audit.internal.AuditTrail.clip;\n";
        assertEquals(List.of("org.esip.archive.internal.ArchiveLedger", "org.esip.audit.internal.AuditTrail.clip"),
                crossings(ticketing));
        String kernel = "package org.esip.core.internal.seam;\n\nimport org.esip.registry.internal.EnterpriseEntity;\n";
        assertEquals(List.of("org.esip.registry.internal.EnterpriseEntity"), crossings(kernel));
    }

    /** The imports of {@code source} that reach into another capability's internal packages. */
    static List<String> crossings(String source) {
        Matcher pkg = PACKAGE.matcher(source);
        if (!pkg.find()) {
            return List.of();
        }
        String own = pkg.group(1);
        List<String> found = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            String target = m.group(2);
            if (!target.equals(own) && !target.equals("core")) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}

package org.esip.api.baseline;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The semantic-version check of {@code core-api}'s exported packages (OSGi semantic versioning, as bnd's baseline
 * does it): every package's public API is written down with its version in {@code api-baseline/<package>.api};
 * when the API changes, the package's {@code @Version} must move accordingly (a removal or change: major; an
 * addition: minor, or major when it adds an abstract method to an interface lines implement) before the record may
 * be rewritten. Rewrite it after bumping with {@code ./mvnw -pl bundles/core-api test -Desip.api.baseline=update}.
 *
 * <p>Lines import these packages with ranges such as {@code [1.2,2)}: a change without the right bump breaks lines
 * that were built against the old API without any error until they fail at run time.
 */
public class ExportedApiBaselineTest {
    private static final Path SOURCES = Paths.get("src/main/java");
    private static final Path CLASSES = Paths.get("target/classes");
    private static final Path RECORDS = Paths.get("api-baseline");
    private static final Pattern VERSION =
            Pattern.compile("@(?:org\\.osgi\\.annotation\\.versioning\\.)?Version\\(\"(\\d+)\\.(\\d+)\\.(\\d+)\"\\)");

    @Test
    public void everyExportedPackageMovesItsVersionWithItsApi() throws IOException {
        boolean update = "update".equals(System.getProperty("esip.api.baseline"));
        List<String> problems = new ArrayList<>();
        Map<String, int[]> packages = exportedPackages();
        if (packages.isEmpty()) {
            fail("no versioned package-info.java found under " + SOURCES.toAbsolutePath());
        }
        for (Map.Entry<String, int[]> p : packages.entrySet()) {
            String name = p.getKey();
            int[] version = p.getValue();
            Set<String> api = api(name);
            Path record = RECORDS.resolve(name + ".api");
            if (!Files.exists(record)) {
                if (update) {
                    write(record, version, api);
                } else {
                    problems.add(name + ": no recorded API (" + record + ")");
                }
                continue;
            }
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            int[] recorded = parse(lines.get(0).substring("version ".length()));
            Set<String> before = new TreeSet<>(lines.subList(1, lines.size()));
            String problem = judge(name, recorded, before, version, api, interfacesLinesImplement(name));
            if (problem == null && (!before.equals(api) || compare(recorded, version) != 0)) {
                if (update) {
                    write(record, version, api);
                } else {
                    problems.add(name + ": the API or version changed correctly; record it with "
                            + "-Desip.api.baseline=update");
                }
            } else if (problem != null) {
                problems.add(problem);
            }
        }
        Set<String> recordedPackages = new TreeSet<>();
        if (Files.isDirectory(RECORDS)) {
            try (Stream<Path> files = Files.list(RECORDS)) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".api"))
                        .forEach(f -> recordedPackages.add(f.substring(0, f.length() - 4)));
            }
        }
        recordedPackages.removeAll(packages.keySet());
        for (String gone : recordedPackages) {
            problems.add(gone + ": an exported package was removed (every importing line breaks; a major change of "
                    + "the bundle's API)");
        }
        if (!problems.isEmpty()) {
            fail("Exported API versions of core-api:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    public void theRulesAreThoseOfSemanticVersioning() {
        Set<String> before = Set.of("method p.Service abstract public abstract int p.Service.a()",
                "type p.Value public final class p.Value");
        Set<String> added = new TreeSet<>(before);
        added.add("method p.Value public int p.Value.b()");
        Set<String> addedToConsumer = new TreeSet<>(before);
        addedToConsumer.add("method p.Service abstract public abstract int p.Service.c()");
        Set<String> removed = Set.of("type p.Value public final class p.Value");
        int[] v1 = {1, 1, 0};

        assertNull(judge("p", v1, before, v1, before, Set.of("p.Service")));
        assertNotNull("an addition needs a minor step", judge("p", v1, before, v1, added, Set.of()));
        assertNull(judge("p", v1, before, new int[] {1, 2, 0}, added, Set.of()));
        assertNotNull("a removal needs a major step", judge("p", v1, before, new int[] {1, 2, 0}, removed, Set.of()));
        assertNull(judge("p", v1, before, new int[] {2, 0, 0}, removed, Set.of()));
        assertNotNull("a method lines must implement is a major step",
                judge("p", v1, before, new int[] {1, 2, 0}, addedToConsumer, Set.of("p.Service")));
        assertNull("the platform implements a provider type: minor",
                judge("p", v1, before, new int[] {1, 2, 0}, addedToConsumer, Set.of()));
        assertNotNull("versions never go back", judge("p", v1, before, new int[] {1, 0, 0}, before, Set.of()));
    }

    /**
     * Null when {@code now} at {@code version} is a correct successor of {@code before} at {@code recorded};
     * otherwise what is wrong.
     */
    static String judge(String name, int[] recorded, Set<String> before, int[] version, Set<String> now,
            Set<String> consumerInterfaces) {
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(now);
        Set<String> added = new TreeSet<>(now);
        added.removeAll(before);
        boolean major = !removed.isEmpty() || added.stream().anyMatch(a -> addsAbstractMethodTo(a, consumerInterfaces));
        boolean minor = !added.isEmpty();
        if (compare(version, recorded) < 0) {
            return name + ": version " + text(version) + " is lower than the recorded " + text(recorded);
        }
        if (major && version[0] <= recorded[0]) {
            return name + ": incompatible change needs version " + (recorded[0] + 1) + ".0.0 (is " + text(version)
                    + "); removed or changed: " + removed + (added.isEmpty() ? "" : "; added: " + added);
        }
        if (minor && version[0] == recorded[0] && version[1] <= recorded[1]) {
            return name + ": addition needs version " + recorded[0] + "." + (recorded[1] + 1) + ".0 (is "
                    + text(version) + "); added: " + added;
        }
        return null;
    }

    /** Whether the signature {@code line} is an abstract method of one of these interfaces. */
    private static boolean addsAbstractMethodTo(String line, Set<String> interfaces) {
        if (!line.startsWith("method ") || !line.contains(" abstract ")) {
            return false;
        }
        return interfaces.stream().anyMatch(i -> line.startsWith("method " + i + " "));
    }

    /** Interfaces of the package a line may implement: those not marked {@code @ProviderType} in their source. */
    private static Set<String> interfacesLinesImplement(String pkg) throws IOException {
        Set<String> out = new TreeSet<>();
        Path dir = SOURCES.resolve(pkg.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                String simple = f.getFileName().toString().replace(".java", "");
                if (Pattern.compile("\\binterface\\s+" + simple + "\\b").matcher(source).find()
                        && !source.contains("@ProviderType")) {
                    out.add(pkg + "." + simple);
                }
            }
        }
        return out;
    }

    /** The packages with a versioned {@code package-info.java}, i.e. what the bundle exports, with their versions. */
    private static Map<String, int[]> exportedPackages() throws IOException {
        Map<String, int[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.endsWith("package-info.java"))::iterator) {
                Matcher m = VERSION.matcher(Files.readString(f, StandardCharsets.UTF_8));
                if (m.find()) {
                    String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                    out.put(pkg, new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))});
                }
            }
        }
        return out;
    }

    /** One line per public or protected element of the package's public types, sorted. */
    static Set<String> api(String pkg) throws IOException {
        Set<String> out = new TreeSet<>();
        Path dir = CLASSES.resolve(pkg.replace('.', '/'));
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class") && !f.equals("package-info.class"))
                    .forEach(f -> names.add(pkg + "." + f.substring(0, f.length() - ".class".length()).replace('$', '.')));
        }
        for (String name : names) {
            Class<?> type = load(name);
            if (type == null || type.isAnonymousClass() || type.isSynthetic() || !visible(type)) {
                continue;
            }
            String t = type.getName().replace('$', '.');
            out.add("type " + t + " " + typeDeclaration(type));
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    out.add("field " + t + " " + f.toGenericString());
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers()) && !c.isSynthetic()) {
                    out.add("constructor " + t + " " + c.toGenericString());
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    String kind = Modifier.isAbstract(m.getModifiers()) ? " abstract " : " ";
                    out.add("method " + t + kind + m.toGenericString());
                }
            }
        }
        return out;
    }

    private static String typeDeclaration(Class<?> type) {
        StringBuilder b = new StringBuilder(type.toGenericString());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class
                && type.getSuperclass() != Record.class && type.getSuperclass() != Enum.class) {
            b.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        List<String> interfaces = new ArrayList<>();
        for (Type i : type.getGenericInterfaces()) {
            interfaces.add(i.getTypeName());
        }
        if (!interfaces.isEmpty()) {
            b.append(" implements ").append(String.join(", ", interfaces));
        }
        return b.toString();
    }

    private static Class<?> load(String dottedName) {
        String name = dottedName;
        while (true) {
            try {
                return Class.forName(name, false, ExportedApiBaselineTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);  // a nested type
                if (!name.contains(".")) {
                    return null;
                }
            }
        }
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!visible(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void write(Path record, int[] version, Set<String> api) {
        try {
            Files.createDirectories(record.getParent());
            List<String> lines = new ArrayList<>();
            lines.add("version " + text(version));
            lines.addAll(api);
            Files.write(record, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] parse(String version) {
        String[] p = version.trim().split("\\.");
        return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
    }

    private static String text(int[] v) {
        return v[0] + "." + v[1] + "." + v[2];
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}

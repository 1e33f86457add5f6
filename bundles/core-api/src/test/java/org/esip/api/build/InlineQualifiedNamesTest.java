package org.esip.api.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The project's source rule that Spotless cannot check: code names a type by its simple name and imports it; a fully
 * qualified name inside code ({@code org.esip.ticketing.api.TicketService tickets}) is allowed only where an import
 * cannot do, because the file already uses another type of the same simple name ({@code javax.ws.rs.Path} beside
 * {@code java.nio.file.Path}), declares one, has one in its own package, or the name is one of {@code java.lang}'s.
 * Import order and unused imports are Spotless's part ({@code ./mvnw spotless:apply}). Every Java source of the
 * repository is read: the bundles, the integration tests and the benchmarks.
 */
public class InlineQualifiedNamesTest {
    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.\"/])((?:java|javax|jakarta|org|com|net)\\.(?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)\\.(\\w+)\\s*;");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "Class", "Integer", "Long", "Short",
            "Byte", "Character", "Boolean", "Double", "Float", "Number", "Math", "System", "Thread", "Runnable",
            "Iterable", "Comparable", "Enum", "Record", "Module", "Process", "Runtime", "Void", "Exception",
            "RuntimeException", "Error", "Throwable", "Override", "Deprecated", "SuppressWarnings",
            "FunctionalInterface", "AutoCloseable", "ClassLoader", "Package", "ThreadLocal", "Compiler");

    @Test
    public void codeImportsTypesInsteadOfQualifyingThemInline() throws IOException {
        Path root = Paths.get("../..").toAbsolutePath().normalize();
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String folder : List.of("bundles", "itests", "bench")) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path file : paths.filter(InlineQualifiedNamesTest::isProjectSource).collect(Collectors.toList())) {
                    files++;
                    for (String hit : inlineNames(Files.readString(file, StandardCharsets.UTF_8), siblings(file))) {
                        found.add(root.relativize(file) + ":" + hit);
                    }
                }
            }
        }
        assertTrue("no Java sources found under " + root, files > 100);
        assertEquals("inline fully-qualified names where an import does (import the type instead):\n"
                + String.join("\n", found), List.of(), found);
    }

    @Test
    public void findsQualifiedNamesInCodeOnly() {
        String source = "package a.b;\n\nimport java.util.List;\n\n/** See java.util.Map for the keys. */\n"
                + "class C {\n    // java.util.Set too\n    String s = \"java.util.Queue\";\n"
                + "    java.util.Map<String, java.time.Instant> m;\n"
                + "    @javax.annotation.Nullable Object o;\n}\n";
        assertEquals(List.of("9: java.util.Map", "9: java.time.Instant", "10: javax.annotation.Nullable"),
                inlineNames(source, Set.of()));
    }

    @Test
    public void allowsAQualifiedNameWhereAnImportCannotDo() {
        String clash = "import java.nio.file.Path;\nclass C {\n    @javax.ws.rs.Path(\"x\") void m(Path p) {}\n}\n";
        assertEquals(List.of(), inlineNames(clash, Set.of()));
        String twoInline = "class C {\n    java.nio.file.Path a;\n    javax.ws.rs.Path b;\n}\n";
        assertEquals(List.of(), inlineNames(twoInline, Set.of()));
        String samePackage = "class C {\n    org.example.Problem p;\n}\n";
        assertEquals(List.of(), inlineNames(samePackage, Set.of("Problem")));
        String declared = "class C {\n    org.example.Column c;\n    record Column(int n) {}\n}\n";
        assertEquals(List.of(), inlineNames(declared, Set.of()));
        String javaLang = "class C {\n    org.example.Module m;\n}\n";
        assertEquals(List.of(), inlineNames(javaLang, Set.of()));
    }

    /** The inline fully-qualified names of {@code source} that an import could replace, as "line: name". */
    static List<String> inlineNames(String source, Set<String> packageTypes) {
        String code = codeOnly(source);
        Map<String, String> imported = new HashMap<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            imported.put(imports.group(2), imports.group(1) + "." + imports.group(2));
        }
        Set<String> declared = new HashSet<>();
        Matcher declarations = DECLARED.matcher(code);
        while (declarations.find()) {
            declared.add(declarations.group(1));
        }
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Set<String>> bySimpleName = new HashMap<>();
        Matcher m = QUALIFIED.matcher(code);
        while (m.find()) {
            int lineStart = code.lastIndexOf('\n', m.start()) + 1;
            String line = code.substring(lineStart, m.start()).strip();
            if (line.startsWith("import") || line.startsWith("package")) {
                continue;
            }
            String name = m.group(1) + m.group(2);
            spans.add(new int[] {m.start()});
            names.add(name);
            bySimpleName.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(name);
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String simple = name.substring(name.lastIndexOf('.') + 1);
            String qualifier = name.substring(0, name.lastIndexOf('.'));
            boolean importCannotDo = bySimpleName.get(simple).size() > 1
                    || (imported.containsKey(simple) && !imported.get(simple).equals(name))
                    || declared.contains(simple) || packageTypes.contains(simple)
                    || (JAVA_LANG.contains(simple) && !qualifier.equals("java.lang"));
            if (!importCannotDo) {
                int line = 1 + (int) code.substring(0, spans.get(i)[0]).chars().filter(c -> c == '\n').count();
                found.add(line + ": " + name);
            }
        }
        return found;
    }

    /** The source with comments and string and character literals blanked out; line breaks are kept. */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
            } else {
                out.append(c);
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(source.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isProjectSource(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && !path.contains("/target/") && !path.contains("/archetype-resources/");
    }

    /** The simple names of the types in the file's own package (its folder's other sources). */
    private static Set<String> siblings(Path file) {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".java"))
                    .map(f -> f.substring(0, f.length() - ".java".length())).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

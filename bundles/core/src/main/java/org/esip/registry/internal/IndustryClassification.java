package org.esip.registry.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * GB/T 4754-2017 (国民经济行业分类): the twenty sections (门类, a letter) and their divisions (大类,
 * two digits). A code is a section letter alone or followed by 2, 3 or 4 digits whose first two are a
 * division of that section, e.g. {@code C}, {@code C38}, {@code C382}, {@code C3823}.
 */
public final class IndustryClassification {
    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, Character> SECTION_OF_DIVISION = new HashMap<>();

    static {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                IndustryClassification.class.getResourceAsStream("gbt4754-2017.tsv"), StandardCharsets.UTF_8))) {
            char section = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                NAMES.put(cols[0], cols[1]);
                if (Character.isLetter(cols[0].charAt(0))) {
                    section = cols[0].charAt(0);
                } else {
                    SECTION_OF_DIVISION.put(cols[0], section);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndustryClassification() {
    }

    /** @return true when the (normalised, upper-case) code names a section or a division of it */
    public static boolean isValid(String code) {
        if (code == null || code.isEmpty() || !NAMES.containsKey(code.substring(0, 1))) {
            return false;
        }
        if (code.length() == 1) {
            return true;
        }
        if (!code.substring(1).matches("\\d{2}|\\d{3}|\\d{4}")) {
            return false;
        }
        Character section = SECTION_OF_DIVISION.get(code.substring(1, 3));
        return section != null && section == code.charAt(0);
    }

    /** The Chinese name of the code's division, or of its section for a bare letter; null when invalid. */
    public static String name(String code) {
        if (!isValid(code)) {
            return null;
        }
        return code.length() == 1 ? NAMES.get(code) : NAMES.get(code.substring(1, 3));
    }
}

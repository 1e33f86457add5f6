package org.esip.line.kit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.Test;

/**
 * A text pattern parsed once writes what MessageFormat writes (clause 4.4.3: every text a person reads comes from the
 * bundles in both languages), whatever the pattern and arguments.
 */
public class TextPatternTest {
    private static final List<String> PATTERNS = List.of(
            "您的诉求“{0}”已受理，请于 {1} 前留意结果。",
            "Ticket \"{0}\" was accepted; expect a result by {1}.",
            "no arguments at all",
            "{0}{0} twice, then {1}",
            "{1} before {0}",
            "It''s '{quoted}' and '{0}' is not an argument, but {0} is",
            "",
            "{0}",
            "a {0} and a number {1,number} and {2}",
            "{0,choice,0#none|1#one|1<{0} many}",
            "on {0,date,short}");

    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[] {"工商登记", "2026-12-09"},
            new Object[] {"title with {braces} and 'quotes'", LocalDate.of(2026, 12, 9)},
            new Object[] {null, "x"},
            new Object[] {12345, 1.5, "y"},
            new Object[] {"only one"},
            new Object[] {new Date(0), 7L, "z"},
            new Object[] {});

    @Test
    public void everyPatternWritesWhatMessageFormatWritesForEveryArgumentList() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ROOT, Locale.GERMANY)) {
            for (String pattern : PATTERNS) {
                TextPattern parsed = TextPattern.of(pattern, locale);
                for (Object[] args : ARGUMENTS) {
                    String expected;
                    try {
                        expected = new MessageFormat(pattern, locale).format(args);
                    } catch (IllegalArgumentException refused) {
                        // e.g. a text where a number or a date belongs: refused alike
                        assertThrows(IllegalArgumentException.class, () -> parsed.format(args));
                        continue;
                    }
                    assertEquals(pattern + " with " + Arrays.toString(args) + " in " + locale, expected,
                            parsed.format(args));
                }
            }
        }
    }

    @Test
    public void noArgumentsWriteThePlaceholdersAsMessageFormatDoes() {
        TextPattern parsed = TextPattern.of("{0} and {1}", Locale.ROOT);
        assertEquals("{0} and {1}", parsed.format((Object[]) null));
        assertEquals("{0} and {1}", parsed.format());
        assertEquals("a and {1}", parsed.format("a"));
    }

    @Test
    public void aNumberIsFormattedForTheLanguageAndAStringIsWrittenAsItIs() {
        TextPattern parsed = TextPattern.of("{0} / {1}", Locale.ROOT);
        assertEquals("12,345 / 12345", parsed.format(12345, "12345"));
    }

    @Test
    public void onePatternFormatsFromManyThreadsAtOnceEachWithItsOwnArguments() {
        TextPattern plain = TextPattern.of("诉求“{0}”，期限 {1}", Locale.SIMPLIFIED_CHINESE);
        TextPattern numbered = TextPattern.of("{0} of {1,number,integer}", Locale.ROOT);
        IntStream.range(0, 20_000).parallel().forEach(i -> {
            assertEquals("诉求“t" + i + "”，期限 d" + i, plain.format("t" + i, "d" + i));
            assertEquals("n" + i + " of " + new MessageFormat("{0,number,integer}", Locale.ROOT).format(new Object[] {i}),
                    numbered.format("n" + i, i));
        });
    }
}

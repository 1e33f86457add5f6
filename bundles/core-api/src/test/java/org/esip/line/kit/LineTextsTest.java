package org.esip.line.kit;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.esip.core.api.ConflictException;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;
import org.junit.Test;

/** A line's bilingual texts (clause 4.4.3: Chinese first, English beside it) and the kit's common keys behind them. */
public class LineTextsTest {
    private static final LineTexts TEXTS = new LineTexts("org.esip.line.kit.testline.Messages",
            LineTextsTest.class.getClassLoader());

    @Test
    public void aLineKeyIsChineseFirstAndEnglishBeside() {
        assertEquals("场次 7 已满", TEXTS.zh("session.full", 7));
        assertEquals("Session 7 is full", TEXTS.en("session.full", 7));
    }

    @Test
    public void aKeyTheLineDoesNotDefineFallsBackToTheKit() {
        assertEquals("最多 200 个字符", TEXTS.zh("field.too-long", 200));
        assertEquals("At most 200 characters", TEXTS.en("field.too-long", 200));
        assertEquals("请求不符合要求", TEXTS.zh("request.invalid"));
    }

    @Test
    public void theLineOverridesACommonKeyInTheLanguagesItDefines() {
        // defined in the line's English file only: English is the line's, Chinese read from that file too
        // (the zh_CN candidates end at the root file) before the kit's own
        assertEquals("Please fill this in", TEXTS.en("field.required"));
        assertEquals("Please fill this in", TEXTS.zh("field.required"));
    }

    @Test
    public void aTextAskedAgainIsFormattedWithItsOwnArgumentsAlsoFromManyThreadsAtOnce() {
        assertEquals("场次 7 已满", TEXTS.zh("session.full", 7));
        assertEquals("场次 8 已满", TEXTS.zh("session.full", 8));
        // the parsed pattern is kept and shared: no thread may see another's arguments
        IntStream.range(0, 999).parallel().forEach(i -> {
            assertEquals("Session " + i + " is full", TEXTS.en("session.full", i));
            assertEquals("场次 " + i + " 已满", TEXTS.zh("session.full", i));
        });
    }

    @Test
    public void anUnknownKeyIsShownAsItself() {
        assertEquals("no.such.key", TEXTS.zh("no.such.key"));
        assertEquals("no.such.key", TEXTS.en("no.such.key", 1, 2));
    }

    @Test
    public void aMissingBundleStillAnswersTheCommonTexts() {
        LineTexts none = new LineTexts("org.esip.line.kit.nothing.Messages", LineTextsTest.class.getClassLoader());
        assertEquals("未找到", none.zh("not-found"));
        assertEquals("Not found", none.en("not-found"));
        assertEquals("x.y", none.en("x.y"));
    }

    @Test
    public void exceptionsCarryTheKeyAndBothLanguages() {
        ValidationException invalid = TEXTS.invalid("title", "field.too-long", 5);
        assertEquals("validation.failed", invalid.code());
        assertEquals("请求不符合要求", invalid.messageZh());
        assertEquals(List.of(new FieldViolation("title", "field.too-long", "最多 5 个字符", "At most 5 characters")),
                invalid.violations());

        ConflictException conflict = TEXTS.conflict("session.full", "sessionId", 3);
        assertEquals("session.full", conflict.code());
        assertEquals("场次 3 已满", conflict.messageZh());
        assertEquals("Session 3 is full", conflict.messageEn());

        assertEquals("not-found", TEXTS.notFound("not-found").code());
        assertEquals("Not found", TEXTS.notFound("not-found").messageEn());
        assertEquals("auth.forbidden", TEXTS.forbidden("auth.forbidden").code());
        assertEquals("session.full", TEXTS.unprocessable("session.full", "sessionId", 1).code());
    }
}

package org.esip.line.kit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;
import org.junit.Test;

/** Every bad field of a request in one 400, each field named once (clause 5.3: the enterprise corrects its form in one go). */
public class FieldChecksTest {
    private static final LineTexts TEXTS = new LineTexts("org.esip.line.kit.testline.Messages",
            FieldChecksTest.class.getClassLoader());

    static List<String> codes(FieldChecks checks) {
        return checks.violations().stream().map(v -> v.field() + ":" + v.code()).collect(Collectors.toList());
    }

    @Test
    public void everyBadFieldIsNamedOnce() {
        FieldChecks checks = new FieldChecks(TEXTS)
                .required("title", null).maxLength("title", null, 3)
                .required("name", "   ").maxLength("name", "   ", 1)
                .required("tags", List.of())
                .maxLength("code", "长长长长", 3)
                .range("capacity", 0, 1, 10).range("capacity", -5, 0, 10)
                .notNegative("fee", new BigDecimal("-0.01"))
                .notBefore("endsOn", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2))
                .after("endsAt", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))
                .email("email", "not-an-address")
                .url("link", "ftp://x")
                .check("sessionId", false, "session.full", 4);
        assertFalse(checks.ok());
        assertEquals(List.of("title:field.required", "name:field.required", "tags:field.required",
                "code:field.too-long", "capacity:field.out-of-range", "fee:field.negative",
                "endsOn:field.before-start", "endsAt:field.before-start", "email:field.not-email",
                "link:field.not-url", "sessionId:session.full"), codes(checks));
        ValidationException e = assertThrows(ValidationException.class, checks::throwIfAny);
        assertEquals(11, e.violations().size());
        FieldViolation session = e.violations().get(10);
        assertEquals("场次 4 已满", session.message());
        assertEquals("Session 4 is full", session.messageEn());
        assertEquals("Please fill this in", e.violations().get(0).messageEn());
        assertEquals("最多 3 个字符", e.violations().get(3).message());
    }

    @Test
    public void goodValuesPassAndNothingIsThrown() {
        FieldChecks checks = new FieldChecks()
                .required("title", "培训").maxLength("title", "培训", 2)
                .range("capacity", 10, 1, 10).notNegative("fee", BigDecimal.ZERO)
                .notBefore("endsOn", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2))
                .after("endsAt", Instant.parse("2026-01-01T00:00:01Z"), Instant.parse("2026-01-01T00:00:00Z"))
                .email("email", " a@b.cn ").url("link", "https://esip.example/x")
                .email("email2", null).url("link2", "").range("n", null, 1, 2)
                .check("x", true, "session.full");
        assertTrue(checks.ok());
        checks.throwIfAny();
    }

    @Test
    public void aViolationFoundElsewhereCountsOncePerField() {
        FieldChecks checks = new FieldChecks().required("a", null);
        checks.add(new FieldViolation("a", "other", "别的", "other"));
        checks.add(new FieldViolation("b", "other", "别的", "other"));
        assertEquals(List.of("a:field.required", "b:other"), codes(checks));
        assertEquals("必填", checks.violations().get(0).message());
    }
}

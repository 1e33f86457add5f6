package org.esip.line.kit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.esip.core.api.NotFoundException;
import org.esip.core.api.PageRequest;
import org.esip.core.api.ValidationException;
import org.junit.Test;

/** Request values parsed by the kit: a bad value is a 400 naming the parameter, a bad path id a 404. */
public class RequestParamsTest {
    enum Colour { RED, GREEN }

    static List<String> fields(ValidationException e) {
        return e.violations().stream().map(v -> v.field()).collect(Collectors.toList());
    }

    static void assertInvalid(String field, String code, Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals(List.of(field), fields(e));
        assertEquals(code, e.violations().get(0).code());
    }

    @Test
    public void aPathIdThatIsNoNumberNamesNoRecord() {
        assertEquals(42L, RequestParams.id("42"));
        assertEquals(42L, RequestParams.id(" 42 "));
        assertEquals("not-found", assertThrows(NotFoundException.class, () -> RequestParams.id("abc")).code());
        assertThrows(NotFoundException.class, () -> RequestParams.id(null));
        assertThrows(NotFoundException.class, () -> RequestParams.id("99999999999999999999"));
    }

    @Test
    public void blankIsNotGiven() {
        assertNull(RequestParams.optionalLong("a", null));
        assertNull(RequestParams.optionalLong("a", "  "));
        assertNull(RequestParams.optionalInt("a", ""));
        assertNull(RequestParams.optionalDecimal("a", ""));
        assertNull(RequestParams.optionalDate("a", " "));
        assertNull(RequestParams.optionalInstant("a", null));
        assertNull(RequestParams.optionalEnum(Colour.class, "a", ""));
    }

    @Test
    public void goodValuesParse() {
        assertEquals(Long.valueOf(-3), RequestParams.optionalLong("a", "-3"));
        assertEquals(Integer.valueOf(12), RequestParams.optionalInt("a", "12"));
        assertEquals(new BigDecimal("12.50"), RequestParams.optionalDecimal("a", "12.50"));
        assertEquals(LocalDate.of(2026, 12, 3), RequestParams.optionalDate("a", "2026-12-03"));
        assertEquals(Instant.parse("2026-12-03T01:30:00Z"),
                RequestParams.optionalInstant("a", "2026-12-03T09:30:00+08:00"));
        assertEquals(Colour.GREEN, RequestParams.optionalEnum(Colour.class, "a", "green"));
    }

    @Test
    public void badValuesAre400NamingTheField() {
        assertInvalid("enterpriseId", "param.not-integer", () -> RequestParams.optionalLong("enterpriseId", "7x"));
        assertInvalid("size", "param.not-integer", () -> RequestParams.optionalInt("size", "3000000000"));
        assertInvalid("amount", "param.not-decimal", () -> RequestParams.optionalDecimal("amount", "12,5"));
        assertInvalid("from", "param.not-date", () -> RequestParams.optionalDate("from", "2026-13-01"));
        assertInvalid("at", "param.not-instant", () -> RequestParams.optionalInstant("at", "2026-12-03 09:30"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> RequestParams.optionalEnum(Colour.class, "colour", "blue"));
        assertEquals(List.of("colour"), fields(e));
        assertEquals("Not a valid value; one of: RED, GREEN", e.violations().get(0).messageEn());
    }

    @Test
    public void pagesNameEveryBadParameterAtOnce() {
        PageRequest defaults = RequestParams.page(null, null);
        assertEquals(0, defaults.page());
        assertEquals(PageRequest.DEFAULT_SIZE, defaults.size());
        assertEquals(2, RequestParams.page("2", "10").page());
        assertEquals(List.of("page", "size"), fields(assertThrows(ValidationException.class,
                () -> RequestParams.page("x", "y"))));
        assertEquals(List.of("page", "size"), fields(assertThrows(ValidationException.class,
                () -> RequestParams.page("-1", "0"))));
        assertEquals(List.of("size"), fields(assertThrows(ValidationException.class,
                () -> RequestParams.page("0", String.valueOf(PageRequest.MAX_SIZE + 1)))));
        ValidationException far = assertThrows(ValidationException.class,
                () -> RequestParams.page(String.valueOf(Integer.MAX_VALUE), "10"));
        assertEquals("param.page-too-far", far.violations().get(0).code());
    }
}

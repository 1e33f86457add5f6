package org.esip.line.kit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.esip.core.api.PageRequest;

/**
 * Query and path values read as text and parsed here, so a bad value is a 400 naming the parameter (JAX-RS would
 * answer a bare 404 for a query value it cannot convert) and a path id that is not a number is a 404 (it names no
 * record). Blank means "not given": {@code null}.
 */
public final class RequestParams {
    private static final LineTexts TEXTS = KitMessages.TEXTS;

    private RequestParams() {
    }

    /** A record's id in a path: not a number names no record (404). */
    public static long id(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw TEXTS.notFound("not-found");
        }
    }

    /** A whole number, or {@code null}; 400 naming {@code field} otherwise. */
    public static Long optionalLong(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw TEXTS.invalid(field, "param.not-integer");
        }
    }

    /** A whole number in int's range, or {@code null}; 400 naming {@code field} otherwise. */
    public static Integer optionalInt(String field, String value) {
        Long n = optionalLong(field, value);
        if (n != null && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
            throw TEXTS.invalid(field, "param.not-integer");
        }
        return n == null ? null : n.intValue();
    }

    /** A decimal amount, or {@code null}; 400 naming {@code field} otherwise. */
    public static BigDecimal optionalDecimal(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw TEXTS.invalid(field, "param.not-decimal");
        }
    }

    /** A date {@code 2026-12-03}, or {@code null}; 400 naming {@code field} otherwise. */
    public static LocalDate optionalDate(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw TEXTS.invalid(field, "param.not-date");
        }
    }

    /** An instant {@code 2026-12-03T09:30:00Z} or with an offset ({@code +08:00}), or {@code null}; 400 otherwise. */
    public static Instant optionalInstant(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw TEXTS.invalid(field, "param.not-instant");
        }
    }

    /** One of {@code type}'s constants by name (case-insensitive), or {@code null}; 400 listing the choices otherwise. */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TEXTS.invalid(field, "field.invalid-value", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** {@code page} (from 0) and {@code size} (1 to {@link PageRequest#MAX_SIZE}); 400 naming each bad one. */
    public static PageRequest page(String page, String size) {
        FieldChecks checks = new FieldChecks();
        Integer p = null;
        Integer s = null;
        try {
            p = optionalInt("page", page);
        } catch (RuntimeException e) {
            checks.add(TEXTS.violation("page", "param.not-integer"));
        }
        try {
            s = optionalInt("size", size);
        } catch (RuntimeException e) {
            checks.add(TEXTS.violation("size", "param.not-integer"));
        }
        int pageNumber = p == null ? 0 : p;
        int pageSize = s == null ? PageRequest.DEFAULT_SIZE : s;
        checks.range("page", pageNumber, 0, Integer.MAX_VALUE).range("size", pageSize, 1, PageRequest.MAX_SIZE);
        checks.throwIfAny();
        PageRequest request = new PageRequest(pageNumber, pageSize);
        if (request.beyondReach()) {
            throw TEXTS.invalid("page", "param.page-too-far", PageRequest.MAX_OFFSET);
        }
        return request;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package org.esip.rest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.ws.rs.NotFoundException;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.PageRequest;
import org.esip.core.api.ValidationException;

/**
 * Query and path parameters are read as text and parsed here, so that a bad value is a 400
 * naming the parameter (JAX-RS would otherwise answer a bare 404).
 */
final class Params {
    private Params() {
    }

    static PageRequest page(String page, String size) {
        return page(page, size, null, null);
    }

    /**
     * A page request with a cursor ({@code after}, from a page's {@code next}) and {@code total=exact} to count
     * every record; without it a long list's total is counted up to {@link org.esip.core.api.Page#COUNT_CAP}.
     */
    static PageRequest page(String page, String size, String after, String total) {
        List<FieldViolation> errors = new ArrayList<>();
        boolean exact = false;
        if (total != null && !total.isBlank()) {
            exact = total.strip().equalsIgnoreCase("exact");
            if (!exact && !total.strip().equalsIgnoreCase("estimate")) {
                errors.add(RestMessages.violation("total", "field.invalid-value", "exact, estimate"));
            }
        }
        Integer p = integer("page", page, 0, errors);
        Integer s = integer("size", size, PageRequest.DEFAULT_SIZE, errors);
        // Page and size out of range are the services' rule (Pages); how far a page may reach is checked here too,
        // before anything multiplies them.
        if (errors.isEmpty() && p >= 0 && s >= 1 && s <= PageRequest.MAX_SIZE && new PageRequest(p, s).beyondReach()) {
            errors.add(RestMessages.violation("page", "param.page-too-far", PageRequest.MAX_OFFSET));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"), errors);
        }
        return new PageRequest(p, s, after == null || after.isBlank() ? null : after.strip(), exact);
    }

    static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"),
                    List.of(RestMessages.violation(name, "param.not-integer")));
        }
    }

    /** A path id that is not a number names no record: 404. */
    static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    /**
     * A numeric path value as an int for a service that checks its range: a value beyond int is clamped (so the
     * service refuses it naming the field), never wrapped round into a valid-looking number.
     */
    static int clampedInt(String value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, id(value)));
    }

    private static Integer integer(String name, String value, int defaultValue, List<FieldViolation> errors) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(RestMessages.violation(name, "param.not-integer"));
            return defaultValue;
        }
    }

    /** Adds a "required" violation for {@code field} when {@code value} is null or blank text. */
    static void required(String field, Object value, List<FieldViolation> errors) {
        if (value == null || value instanceof String text && text.isBlank()) {
            errors.add(RestMessages.violation(field, "field.required"));
        }
    }

    /** @throws ValidationException listing {@code errors}, if there are any */
    /** Each named value must be present; one 400 names every missing one. Pairs: name, value, name, value … */
    static void requireAll(Object... namesAndValues) {
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            required((String) namesAndValues[i], namesAndValues[i + 1], errors);
        }
        throwIfAny(errors);
    }

    static void throwIfAny(List<FieldViolation> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"), errors);
        }
    }

    /** An optional enum parameter; an unknown value is a 400 naming the parameter and the allowed values. */
    static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"),
                    List.of(RestMessages.violation(name, "field.invalid-value", allowed)));
        }
    }

    /** An optional true/false parameter; anything else is a 400 naming the parameter (not a silent false). */
    static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"),
                List.of(RestMessages.violation(name, "field.invalid-value", "true, false")));
    }

    /** An optional ISO-8601 instant (e.g. 2026-11-25T08:00:00Z) or date (2026-11-25, meaning its start in UTC). */
    static Instant optionalInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"),
                    List.of(RestMessages.violation(name, "param.not-instant")));
        }
    }
}

package org.esip.rest.internal;

import java.util.ArrayList;
import java.util.List;

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
        List<FieldViolation> errors = new ArrayList<>();
        Integer p = integer("page", page, 0, errors);
        Integer s = integer("size", size, PageRequest.DEFAULT_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"), errors);
        }
        return new PageRequest(p, s);
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
}

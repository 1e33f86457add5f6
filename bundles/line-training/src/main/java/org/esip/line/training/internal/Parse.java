package org.esip.line.training.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.esip.core.api.ValidationException;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.RequestParams;

/** Values of a body read with the kit's {@link RequestParams}, a bad one collected into the checks instead of thrown. */
final class Parse {
    private Parse() {
    }

    static <E extends Enum<E>> E enumValue(FieldChecks checks, Class<E> type, String field, String value) {
        try {
            return RequestParams.optionalEnum(type, field, value);
        } catch (ValidationException e) {
            e.violations().forEach(checks::add);
            return null;
        }
    }

    static Instant instant(FieldChecks checks, String field, String value) {
        try {
            return RequestParams.optionalInstant(field, value);
        } catch (ValidationException e) {
            e.violations().forEach(checks::add);
            return null;
        }
    }

    static LocalDate date(FieldChecks checks, String field, String value) {
        try {
            return RequestParams.optionalDate(field, value);
        } catch (ValidationException e) {
            e.violations().forEach(checks::add);
            return null;
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

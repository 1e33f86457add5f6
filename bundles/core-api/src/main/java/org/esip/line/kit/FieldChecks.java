package org.esip.line.kit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.esip.core.api.FieldViolation;

/**
 * Checks every field of a request and answers one 400 naming each field that fails, so an enterprise corrects
 * its form in one go. Checks run in order and each field is reported once: a missing value is not also "too short".
 *
 * <pre>
 * new FieldChecks(TEXTS)
 *     .required("title", body.title()).maxLength("title", body.title(), 200)
 *     .range("capacity", body.capacity(), 1, 10_000)
 *     .check("endsAt", body.endsAt() == null || body.endsAt().isAfter(body.startsAt()), "session.ends-before-start")
 *     .throwIfAny();
 * </pre>
 */
public final class FieldChecks {
    private final LineTexts texts;
    private final List<FieldViolation> violations = new ArrayList<>();

    /** Checks whose own texts ({@link #check}) come from the kit's common texts. */
    public FieldChecks() {
        this(KitMessages.TEXTS);
    }

    /** Checks whose texts come from {@code texts} (falling back to the kit's common texts). */
    public FieldChecks(LineTexts texts) {
        this.texts = texts;
    }

    /** Present: not {@code null}, not blank text, not an empty collection ({@code field.required}). */
    public FieldChecks required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty()) {
            fail(field, "field.required");
        }
        return this;
    }

    /** Text of at most {@code max} characters, when given ({@code field.too-long}). */
    public FieldChecks maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            fail(field, "field.too-long", max);
        }
        return this;
    }

    /** A whole number within {@code [min, max]}, when given ({@code field.out-of-range}). */
    public FieldChecks range(String field, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            fail(field, "field.out-of-range", min, max);
        }
        return this;
    }

    /** An amount of at least zero, when given ({@code field.negative}). */
    public FieldChecks notNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            fail(field, "field.negative");
        }
        return this;
    }

    /** {@code to} not before {@code from}, both given ({@code field.before-start}, reported on {@code toField}). */
    public FieldChecks notBefore(String toField, LocalDate to, LocalDate from) {
        if (to != null && from != null && to.isBefore(from)) {
            fail(toField, "field.before-start");
        }
        return this;
    }

    /** {@code to} after {@code from}, both given ({@code field.before-start}, reported on {@code toField}). */
    public FieldChecks after(String toField, Instant to, Instant from) {
        if (to != null && from != null && !to.isAfter(from)) {
            fail(toField, "field.before-start");
        }
        return this;
    }

    /** A simple address of the form {@code name@domain.tld}, when given ({@code field.not-email}). */
    public FieldChecks email(String field, String value) {
        if (value != null && !value.isBlank() && !value.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            fail(field, "field.not-email");
        }
        return this;
    }

    /** A link starting with {@code https://} or {@code http://}, when given ({@code field.not-url}). */
    public FieldChecks url(String field, String value) {
        if (value != null && !value.isBlank() && !value.strip().matches("(?i)https?://[^\\s]+")) {
            fail(field, "field.not-url");
        }
        return this;
    }

    /** A rule of the line: when {@code ok} is false, {@code field} fails with the line's text {@code key}. */
    public FieldChecks check(String field, boolean ok, String key, Object... args) {
        if (!ok) {
            fail(field, key, args);
        }
        return this;
    }

    /** Adds a violation found elsewhere. */
    public FieldChecks add(FieldViolation violation) {
        if (violations.stream().noneMatch(v -> v.field().equals(violation.field()))) {
            violations.add(violation);
        }
        return this;
    }

    /** Whether every check so far passed. */
    public boolean ok() {
        return violations.isEmpty();
    }

    /** What failed so far. */
    public List<FieldViolation> violations() {
        return List.copyOf(violations);
    }

    /** A 400 naming every field that failed; nothing when all passed. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw texts.invalid(violations);
        }
    }

    private void fail(String field, String key, Object... args) {
        add(texts.violation(field, key, args));
    }
}

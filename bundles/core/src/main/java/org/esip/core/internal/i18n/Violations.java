package org.esip.core.internal.i18n;

import java.util.ArrayList;
import java.util.List;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;

/** Collects every invalid field of one request, so that the client is told about all of them at once. */
public final class Violations {
    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String key, Object... args) {
        found.add(Messages.violation(field, key, args));
        return this;
    }

    public boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    /** @throws ValidationException listing every violation found, if there is any */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(Messages.zh("validation.failed"), Messages.en("validation.failed"), found);
        }
    }

    /** Checks a required text field: present, not blank, at most {@code maxLength} characters. */
    public String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "field.required");
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            add(field, "field.too-long", maxLength);
        }
        return trimmed;
    }

    public <T> T requirePresent(String field, T value) {
        if (value == null) {
            add(field, "field.required");
        }
        return value;
    }
}

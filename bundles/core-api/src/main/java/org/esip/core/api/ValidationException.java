package org.esip.core.api;

import java.util.List;

/** A request was refused because one or more of its fields are invalid; nothing was stored. */
public final class ValidationException extends EsipException {
    private static final long serialVersionUID = 1L;

    private final List<FieldViolation> violations;

    public ValidationException(String messageZh, String messageEn, List<FieldViolation> violations) {
        super("validation.failed", messageZh, messageEn);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}

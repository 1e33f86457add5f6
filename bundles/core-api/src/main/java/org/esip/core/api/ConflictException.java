package org.esip.core.api;

/** The request conflicts with what is stored, e.g. a credit code that is already registered. */
public final class ConflictException extends EsipException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String code, String field, String messageZh, String messageEn) {
        super(code, messageZh, messageEn);
        this.field = field;
    }

    /** The field whose value conflicts, or {@code null} when the conflict is not about one field. */
    public String field() {
        return field;
    }
}

package org.esip.core.api;

/**
 * The request is well formed but cannot be processed as sent, e.g. an {@code Idempotency-Key} reused with a
 * different body (HTTP 422).
 */
public final class UnprocessableException extends EsipException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public UnprocessableException(String code, String field, String messageZh, String messageEn) {
        super(code, messageZh, messageEn);
        this.field = field;
    }

    /** The field (or header) the problem is about, or {@code null}. */
    public String field() {
        return field;
    }
}

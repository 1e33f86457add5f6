package org.esip.core.api;

/**
 * The platform cannot serve the request now (the database is unreachable or out of room); the request
 * may be repeated later. Answered as 503.
 */
public final class UnavailableException extends EsipException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String code, String messageZh, String messageEn, Throwable cause) {
        super(code, messageZh, messageEn);
        initCause(cause);
    }
}

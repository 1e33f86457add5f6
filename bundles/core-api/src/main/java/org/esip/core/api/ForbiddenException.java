package org.esip.core.api;

/** The actor is known but may not do this (HTTP 403): outside its role or outside its own records. */
public final class ForbiddenException extends EsipException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String code, String messageZh, String messageEn) {
        super(code, messageZh, messageEn);
    }
}

package org.esip.core.api;

/** The record asked for does not exist. */
public final class NotFoundException extends EsipException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, String messageZh, String messageEn) {
        super(code, messageZh, messageEn);
    }
}

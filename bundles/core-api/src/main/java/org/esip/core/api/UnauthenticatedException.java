package org.esip.core.api;

/** No valid credentials: no token, an expired or forged token, or a wrong password (HTTP 401). */
public final class UnauthenticatedException extends EsipException {
    private static final long serialVersionUID = 1L;

    public UnauthenticatedException(String code, String messageZh, String messageEn) {
        super(code, messageZh, messageEn);
    }
}

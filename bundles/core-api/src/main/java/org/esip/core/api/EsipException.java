package org.esip.core.api;

/**
 * Base of every error the platform reports to a person. The message is carried twice: in Chinese,
 * which is what enterprises and staff read first, and in English beside it.
 */
public abstract class EsipException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageZh;
    private final String messageEn;

    protected EsipException(String code, String messageZh, String messageEn) {
        super(messageZh + " (" + messageEn + ")");
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /** A stable, machine-readable code, e.g. {@code enterprise.not-found}. */
    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}

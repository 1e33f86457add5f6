package org.esip.line.kit;

/** The kit's own texts ({@code Messages_zh_CN.properties} first, {@code Messages.properties} in English). */
final class KitMessages {
    static final LineTexts TEXTS = new LineTexts("org.esip.line.kit.Messages", KitMessages.class.getClassLoader(), null);

    private KitMessages() {
    }
}

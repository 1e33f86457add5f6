package org.esip.line.specialty.internal;

import org.esip.line.kit.LineTexts;

/** The line's bilingual texts ({@code Messages_zh_CN.properties}, {@code Messages.properties}). */
final class Texts {
    static final LineTexts TEXTS = new LineTexts("org.esip.line.specialty.internal.Messages",
            Texts.class.getClassLoader());

    private Texts() {
    }
}

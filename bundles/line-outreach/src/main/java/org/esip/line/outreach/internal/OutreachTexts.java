package org.esip.line.outreach.internal;

import org.esip.line.kit.LineTexts;

/** The outreach line's bilingual texts ({@code Messages_zh_CN.properties} first, English beside). */
final class OutreachTexts {
    static final LineTexts TEXTS = new LineTexts("org.esip.line.outreach.internal.Messages",
            OutreachTexts.class.getClassLoader());

    private OutreachTexts() {
    }
}

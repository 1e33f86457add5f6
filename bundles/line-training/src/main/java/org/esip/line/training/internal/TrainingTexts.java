package org.esip.line.training.internal;

import org.esip.line.kit.LineTexts;

/** The training line's bilingual texts ({@code Messages_zh_CN.properties} first, {@code Messages.properties}). */
final class TrainingTexts {
    static final LineTexts TEXTS = new LineTexts("org.esip.line.training.internal.Messages",
            TrainingTexts.class.getClassLoader());

    private TrainingTexts() {
    }
}

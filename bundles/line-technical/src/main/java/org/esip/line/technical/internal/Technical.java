package org.esip.line.technical.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.esip.line.kit.LineTexts;

/** The line's id, categories, texts and the one time zone rule (stored UTC, days in Asia/Shanghai). */
final class Technical {
    static final String ID = "technical";
    static final String BOOKING_CATEGORY = "technical.booking";
    static final String CONSULT_CATEGORY = "technical.expert-consult";
    static final int BOOKING_DAYS = 10;
    static final int CONSULT_DAYS = 5;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LineTexts TEXTS = new LineTexts("org.esip.line.technical.internal.Messages",
            Technical.class.getClassLoader());

    private Technical() {
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** A 400 naming every field in {@code violations}; nothing when there are none. */
    static void throwIfAny(java.util.List<org.esip.core.api.FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw TEXTS.invalid(violations);
        }
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

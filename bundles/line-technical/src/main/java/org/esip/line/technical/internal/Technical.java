package org.esip.line.technical.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.Role;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.LineTexts;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationService;

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
    static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw TEXTS.invalid(violations);
        }
    }

    /** The organisation with this id, or {@code null} when none has it (a form names the field then). */
    static Organisation organisationOrNull(OrganisationService organisations,
            Long id) {
        if (id == null) {
            return null;
        }
        try {
            return organisations.get(id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /**
     * The organisation a caller keeps a record for: staff name any ({@code requested}); an organisation's user only
     * its own (naming another is 403); anyone else 403.
     */
    static Long owner(Actor actor, Long requested) {
        if (LineAccess.isMaintainer(actor)) {
            return requested;
        }
        if (actor.has(Role.ORGANISATION) && actor.organisationId() != null
                && (requested == null || requested.equals(actor.organisationId()))) {
            return actor.organisationId();
        }
        throw LineAccess.forbidden();
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.esip.line.volunteer.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.LineTexts;
import org.esip.line.volunteer.api.RecordStatus;
import org.esip.line.volunteer.api.SignUpStatus;
import org.esip.ticketing.api.SatisfactionGrade;

/**
 * The volunteer line's rules, free of storage so they are tested alone: phone and region formats, an activity's
 * length in hours and the hours a record may claim, who organises, how sign-ups and records move, satisfaction.
 */
final class VolunteerRules {
    /** The line's texts: Messages_zh_CN.properties first, Messages.properties in English, the kit's behind. */
    static final LineTexts TEXTS = new LineTexts("org.esip.line.volunteer.internal.Messages",
            VolunteerRules.class.getClassLoader());
    /** Years and the annual figures are counted in the platform's local time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A mainland mobile number, or a landline with its area code. */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    /** An administrative division code: province to village level. */
    private static final Pattern REGION = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    /** Activities last at most this long (a day of service, or a several-day camp). */
    static final Duration MAX_ACTIVITY = Duration.ofDays(14);
    static final int MAX_SKILLS = 20;
    static final int MAX_ROLES = 20;
    static final int MAX_BENEFICIARIES = 50;

    private VolunteerRules() {
    }

    static boolean phone(String value) {
        return value != null && PHONE.matcher(value.strip()).matches();
    }

    static boolean region(String value) {
        return value != null && REGION.matcher(value.strip()).matches();
    }

    /** Skills from one text: separated by ；;,，、 or line breaks, blanks dropped. */
    static List<String> skills(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[；;,，、\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String joinSkills(Collection<String> skills) {
        return skills == null || skills.isEmpty() ? null
                : String.join("；", skills.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList());
    }

    /** The length of a time window in hours, two decimals (rounded down: never more than the window). */
    static BigDecimal lengthHours(Instant from, Instant to) {
        long minutes = Duration.between(from, to).toMinutes();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN);
    }

    /** Hours a record may claim: more than zero, at most the activity's length, at most two decimals. */
    static String hoursProblem(BigDecimal hours, BigDecimal length) {
        if (hours == null) {
            return "field.required";
        }
        if (hours.signum() <= 0) {
            return "record.hours.positive";
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            return "record.hours.scale";
        }
        if (hours.compareTo(length) > 0) {
            return "record.hours.too-many";
        }
        return null;
    }

    /** Staff and administrators organise any activity, an organisation's user those of its organisation. */
    static boolean mayOrganise(Actor actor, long organisationId) {
        return LineAccess.isMaintainer(actor) || LineAccess.isOrganisation(actor, organisationId);
    }

    /**
     * The organisation a caller acts for when it creates something: staff the one they name ({@code null} is left
     * to the field checks), an organisation's user its own (naming another is 403); anyone else 403.
     */
    static Long actingOrganisation(Actor actor, Long requested) {
        return LineAccess.isMaintainer(actor) ? requested : ownOrganisation(actor, requested);
    }

    /** The organisation filter of a list: readers what they ask for, an organisation's user its own; else 403. */
    static Long organisationFilter(Actor actor, Long requested) {
        return LineAccess.isReader(actor) ? requested : ownOrganisation(actor, requested);
    }

    private static Long ownOrganisation(Actor actor, Long requested) {
        if (actor.has(Role.ORGANISATION) && actor.organisationId() != null
                && (requested == null || requested.equals(actor.organisationId()))) {
            return actor.organisationId();
        }
        throw LineAccess.forbidden();
    }

    /** Only a pending sign-up is decided, once. */
    static boolean decidable(SignUpStatus status) {
        return status == SignUpStatus.PENDING;
    }

    /** Pending and confirmed sign-ups hold a place of their role; rejected ones free it. */
    static boolean holdsPlace(SignUpStatus status) {
        return status != SignUpStatus.REJECTED;
    }

    /** Only a draft changes; confirmed and superseded records are kept as they are. */
    static boolean editable(RecordStatus status) {
        return status == RecordStatus.DRAFT;
    }

    /** What counts for hours, statistics and certificates: confirmed records not superseded by an amendment. */
    static boolean counts(RecordStatus status) {
        return status == RecordStatus.CONFIRMED;
    }

    /** Evaluations at least basically satisfied, in percent of all, one decimal; 0 without any. */
    static BigDecimal satisfaction(Collection<SatisfactionGrade> grades) {
        if (grades.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long good = grades.stream().filter(g -> !g.needsCorrection()).count();
        return BigDecimal.valueOf(good * 100).divide(BigDecimal.valueOf(grades.size()), 1, RoundingMode.HALF_UP);
    }

    /** The grade for 1 (very dissatisfied) to 5 (very satisfied) stars, or a grade's name. */
    static SatisfactionGrade grade(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        switch (v) {
            case "5": return SatisfactionGrade.VERY_SATISFIED;
            case "4": return SatisfactionGrade.SATISFIED;
            case "3": return SatisfactionGrade.BASICALLY_SATISFIED;
            case "2": return SatisfactionGrade.DISSATISFIED;
            case "1": return SatisfactionGrade.VERY_DISSATISFIED;
            default:
                try {
                    return SatisfactionGrade.valueOf(v.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** The year (local time) an activity starting at {@code startsAt} (UTC) counts for. */
    static int year(LocalDateTime startsAtUtc) {
        return startsAtUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).getYear();
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

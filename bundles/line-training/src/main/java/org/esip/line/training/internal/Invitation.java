package org.esip.line.training.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar (RFC 5545) invitation for one registration: one VEVENT in UTC, texts escaped and lines folded at
 * 75 octets, so that phone and desktop calendars import it as it is.
 */
final class Invitation {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Invitation() {
    }

    /**
     * @param uid      unique and stable for the registration, e.g. {@code training-registration-42@esip}
     * @param location a venue, or the live-stream link
     */
    static String of(String uid, Instant stamp, Instant start, Instant end, String summary, String location,
            String description, boolean cancelled) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//esip//training line//ZH");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"));
        line(b, "BEGIN:VEVENT");
        line(b, "UID:" + uid);
        line(b, "DTSTAMP:" + UTC.format(stamp));
        line(b, "DTSTART:" + UTC.format(start));
        line(b, "DTEND:" + UTC.format(end));
        line(b, "SUMMARY:" + escape(summary));
        if (location != null && !location.isBlank()) {
            line(b, "LOCATION:" + escape(location));
        }
        if (description != null && !description.isBlank()) {
            line(b, "DESCRIPTION:" + escape(description));
        }
        line(b, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line(b, "BEGIN:VALARM");
        line(b, "ACTION:DISPLAY");
        line(b, "TRIGGER:-PT1H");
        line(b, "DESCRIPTION:" + escape(summary));
        line(b, "END:VALARM");
        line(b, "END:VEVENT");
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
    private static void line(StringBuilder b, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}

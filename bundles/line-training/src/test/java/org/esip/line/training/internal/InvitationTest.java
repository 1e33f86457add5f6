package org.esip.line.training.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.Test;

/** The iCalendar invitation (RFC 5545): CRLF lines of at most 75 octets, escaped text, UTC times. */
public class InvitationTest {

    private static String ics(boolean cancelled) {
        return Invitation.of("training-registration-42@esip", Instant.parse("2026-12-03T08:00:00Z"),
                Instant.parse("2026-12-04T01:30:00Z"), Instant.parse("2026-12-04T04:00:00Z"),
                "中小企业数字化转型实务；第二期, 温州", "鹿城区创业服务中心三楼报告厅", "学员：陈建国\n主讲：林教授"
                        + "，".repeat(40), cancelled);
    }

    @Test
    public void oneEventInUtcWithEscapedTexts() {
        String s = ics(false);
        assertTrue(s.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(s.contains("\r\nDTSTART:20261204T013000Z\r\n"));
        assertTrue(s.contains("\r\nDTEND:20261204T040000Z\r\n"));
        assertTrue(s.contains("\r\nUID:training-registration-42@esip\r\n"));
        assertTrue(s.contains("SUMMARY:中小企业数字化转型实务\\；第二期\\, 温州") || s.contains("SUMMARY:中小企业数字化转型实务；第二期\\, 温州"));
        assertTrue(s.contains("学员：陈建国\\n主讲"));
        assertTrue(s.contains("STATUS:CONFIRMED"));
        assertTrue(s.endsWith("END:VCALENDAR\r\n"));
        assertTrue(ics(true).contains("STATUS:CANCELLED"));
    }

    @Test
    public void linesAreFoldedAt75OctetsNeverInsideACharacter() {
        for (String line : ics(false).split("\r\n")) {
            assertTrue(line, line.getBytes(StandardCharsets.UTF_8).length <= 75);
        }
        String unfolded = ics(false).replace("\r\n ", "");
        assertTrue(unfolded.contains("，".repeat(40)));
        assertEquals(-1, unfolded.indexOf('\uFFFD'));
    }
}

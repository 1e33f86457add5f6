package org.esip.disclosure.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;
import org.esip.disclosure.api.DisclosureContent;
import org.esip.disclosure.api.DisclosureKind;
import org.junit.Test;

/** What disclosed content (clause 4.2.6) may be stored: every bad field is named at once. */
public class DisclosureRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    public void aNoticeWithoutDateIsDatedTodayAndTrimmed() {
        DisclosureContent c = DisclosureServiceImpl.check("notice-1", new DisclosureContent(null, DisclosureKind.NOTICE,
                " 通知 ", "Notice", "正文", "Body", null, null, null, null, null), TODAY);
        assertEquals("notice-1", c.key());
        assertEquals("通知", c.titleZh());
        assertEquals(TODAY, c.publishedOn());
        assertEquals(Integer.valueOf(0), c.sortOrder());
    }

    @Test
    public void everyMissingFieldAndABadKeyAreNamed() {
        try {
            DisclosureServiceImpl.check("Bad Key", new DisclosureContent(null, null, "", null, "正文", "x".repeat(20001),
                    null, null, null, null, null), TODAY);
            fail("accepted");
        } catch (ValidationException e) {
            List<String> fields = e.violations().stream().map(FieldViolation::field).toList();
            assertEquals(List.of("key", "kind", "titleZh", "titleEn", "bodyEn"), fields);
        }
    }
}

package org.esip.line.training.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.esip.core.api.ValidationException;
import org.junit.Test;

/** The attendees of a registration (clause 5.2.3.2): every bad field named at once, phones normalised, no repeats. */
public class AttendeesTest {

    private static Drafts.RegistrationDraft draft(Drafts.Attendee... a) {
        return new Drafts.RegistrationDraft(null, Arrays.asList(a));
    }

    private static List<String> fields(Drafts.RegistrationDraft d) {
        try {
            Registrations.checkAttendees(d);
            fail("accepted");
            return null;
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.field()).collect(Collectors.toList());
        }
    }

    @Test
    public void goodAttendeesAreNormalised() {
        List<Drafts.Attendee> a = Registrations.checkAttendees(draft(new Drafts.Attendee(" 陈建国 ", "138-5770-0101"),
                new Drafts.Attendee("林晓燕", "0577 88123456")));
        assertEquals("陈建国", a.get(0).name());
        assertEquals("13857700101", a.get(0).phone());
        assertEquals("057788123456", a.get(1).phone());
    }

    @Test
    public void everyBadFieldIsNamed() {
        List<String> f = fields(draft(new Drafts.Attendee("", "12345"), new Drafts.Attendee("张三", null), null,
                new Drafts.Attendee("李四", "13857700101"), new Drafts.Attendee("王五", "13857700101")));
        assertEquals(List.of("attendees[0].name", "attendees[0].phone", "attendees[1].phone", "attendees[2].name",
                "attendees[2].phone", "attendees[4].phone"), f);
        assertTrue(fields(new Drafts.RegistrationDraft(null, List.of())).contains("attendees"));
    }

    @Test
    public void atMostFiftyAtOnce() {
        Drafts.Attendee[] many = new Drafts.Attendee[51];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Drafts.Attendee("学员" + i, "1385770" + String.format("%04d", i));
        }
        assertEquals(List.of("attendees"), fields(draft(many)));
    }
}

package org.esip.line.kit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

/** The ticket key derived from a line's record: the same record always yields the same key, different records never. */
public class TicketKeysTest {
    @Test
    public void theKeyNamesLineKindAndRecord() {
        assertEquals("line:policy:application:42", TicketKeys.of("policy", "application", 42));
        assertEquals(TicketKeys.of("training", "registration", 7), TicketKeys.of("training", "registration", 7));
        assertNotEquals(TicketKeys.of("training", "registration", 7), TicketKeys.of("training", "registration", 8));
        assertNotEquals(TicketKeys.of("training", "registration", 7), TicketKeys.of("training", "booking", 7));
        assertEquals("line:site-visit:b2:1", TicketKeys.of("site-visit", "b2", 1));
    }

    @Test
    public void lineAndKindAreLowerCaseWords() {
        assertThrows(IllegalArgumentException.class, () -> TicketKeys.of(null, "application", 1));
        assertThrows(IllegalArgumentException.class, () -> TicketKeys.of("policy", null, 1));
        assertThrows(IllegalArgumentException.class, () -> TicketKeys.of("Policy", "application", 1));
        assertThrows(IllegalArgumentException.class, () -> TicketKeys.of("policy", "app:lication", 1));
        assertThrows(IllegalArgumentException.class, () -> TicketKeys.of("1policy", "application", 1));
        assertThrows(IllegalArgumentException.class, () -> TicketKeys.of("policy", "a".repeat(33), 1));
    }
}

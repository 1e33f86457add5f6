package org.esip.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.esip.core.api.PageRequest;
import org.esip.core.api.ValidationException;
import org.junit.Test;

/** The one rule for page requests: a page far out is a 400 on {@code page}, never an overflowing offset. */
public class PagesTest {

    @Test
    public void theLastIntegerPageIsRefusedNamingPage() {
        try {
            Pages.validate(new PageRequest(Integer.MAX_VALUE, 200));
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals("page", e.violations().get(0).field());
            assertEquals("page.too-far", e.violations().get(0).code());
        }
    }

    @Test
    public void farButReachablePagesAreAllowedAndTheirOffsetDoesNotOverflow() {
        PageRequest p = Pages.validate(new PageRequest(50_000, 200));
        assertEquals(10_000_000L, p.offset());
        assertEquals(4_294_967_294L, new PageRequest(Integer.MAX_VALUE, 2).offset());
    }
}

package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Each stage's clock is escalated once; a new handler's clocks can be escalated again (clause 6.1 a). */
public class StagesTest {
    @Test
    public void stagesAreAddedOnceAndRemovedForANewHandler_6_1_a() {
        String s = Stages.with(null, Stage.ACCEPT);
        assertEquals(",ACCEPT,", s);
        s = Stages.with(Stages.with(s, Stage.OFFER), Stage.OFFER);
        assertEquals(",ACCEPT,OFFER,", s);
        assertTrue(Stages.contains(s, Stage.OFFER));
        assertFalse(Stages.contains(s, Stage.RESOLVE));
        s = Stages.without(s, Stage.OFFER, Stage.HANDLE);
        assertEquals(",ACCEPT,", s);
        assertNull(Stages.without(s, Stage.ACCEPT));
        assertFalse(Stages.contains(null, Stage.ACCEPT));
    }
}

package org.esip.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

/** How a county writes its mix of lines in etc/org.esip.lines.cfg (clause 5.1.3). */
public class CountyLineMixTest {
    @Test
    public void lineIdsAreReadInOrderWithoutBlanksOrRepeats() {
        assertEquals(List.of("policy", "training"), CountyLineMix.lineIds(" policy, training ,,policy"));
        assertEquals(List.of("policy", "training"), CountyLineMix.lineIds("policy training"));
        assertEquals(List.of(), CountyLineMix.lineIds(""));
        assertEquals(List.of(), CountyLineMix.lineIds(null));
    }
}

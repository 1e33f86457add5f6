package org.esip.line.kit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.esip.line.api.ServiceLine;
import org.junit.Test;

/** A line's identity is what its constructor got; everything else keeps the SPI's defaults. */
public class IdentifiedServiceLineTest {
    private static final class Line extends IdentifiedServiceLine {
        Line(String range) {
            super("sample", "示例服务专线", "Sample service line", "1.2.3", range);
        }

        Line() {
            super("sample", "示例服务专线", "Sample service line", "1.2.3");
        }
    }

    @Test
    public void answersItsIdentity() {
        ServiceLine line = new Line("[2.0,3)");
        assertEquals("sample", line.id());
        assertEquals("示例服务专线", line.nameZh());
        assertEquals("Sample service line", line.nameEn());
        assertEquals("1.2.3", line.version());
        assertEquals("[2.0,3)", line.coreApiRange());
        assertTrue(line.catalogue().isEmpty());
        assertTrue(line.ticketCategories().isEmpty());
        assertTrue(line.indicators().isEmpty());
        assertTrue(line.restResources().isEmpty());
    }

    @Test
    public void withoutARangeTheBundlesImportRangeCounts() {
        assertNull(new Line().coreApiRange());
        assertNull(new Line(null).coreApiRange());
    }
}

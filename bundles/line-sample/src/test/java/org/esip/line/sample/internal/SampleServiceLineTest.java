package org.esip.line.sample.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.esip.line.api.ServiceItem;
import org.esip.line.api.TicketCategory;
import org.junit.Test;

/** What the sample line declares follows the SPI's rules (the platform refuses a line that does not). */
public class SampleServiceLineTest {

    @Test
    public void categoriesAreNamespacedByTheLineAndItemsReferToThem() {
        Set<String> categories = SampleCatalogue.CATEGORIES.stream().map(TicketCategory::code).collect(Collectors.toSet());
        for (TicketCategory c : SampleCatalogue.CATEGORIES) {
            assertEquals(SampleServiceLine.ID, c.lineId());
            assertTrue(c.resolutionDays() >= 1);
        }
        for (ServiceItem item : SampleCatalogue.ITEMS) {
            assertTrue(item.code(), item.code().matches("[a-z][a-z0-9-]*"));
            assertTrue(item.code(), item.category() == null || categories.contains(item.category()));
        }
    }

    @Test
    public void declaresTheCoreApiRangeItImports() {
        org.osgi.framework.VersionRange range = new org.osgi.framework.VersionRange(SampleServiceLine.CORE_API_RANGE);
        assertTrue(range.includes(new org.osgi.framework.Version(2, 0, 0)));
        assertTrue(!range.includes(new org.osgi.framework.Version(3, 0, 0)));
    }
}

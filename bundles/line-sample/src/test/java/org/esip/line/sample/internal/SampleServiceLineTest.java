package org.esip.line.sample.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.esip.line.api.ServiceItem;
import org.esip.line.api.TicketCategory;
import org.junit.Test;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

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
        VersionRange range = new VersionRange(SampleServiceLine.CORE_API_RANGE);
        assertTrue(range.includes(new Version(2, 0, 0)));
        assertTrue(!range.includes(new Version(3, 0, 0)));
    }
}

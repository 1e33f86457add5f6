package ${package}.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.junit.Test;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/** What the line declares follows the SPI's rules; the platform refuses a line that does not. */
public class LineComponentTest {

    @Test
    public void idAndCodesFollowTheRules() {
        assertTrue(LineComponent.ID.matches(ServiceLine.ID_PATTERN));
        Set<String> categories = LineCatalogue.CATEGORIES.stream().map(TicketCategory::code).collect(Collectors.toSet());
        for (TicketCategory c : LineCatalogue.CATEGORIES) {
            assertEquals(LineComponent.ID, c.lineId());
            assertTrue(c.code(), c.code().length() <= 60 && c.resolutionDays() >= 1);
        }
        for (ServiceItem item : LineCatalogue.ITEMS) {
            assertTrue(item.code(), item.code().matches("[a-z][a-z0-9-]*") && item.code().length() <= 60);
            assertTrue(item.code(), item.category() == null || categories.contains(item.category()));
        }
    }

    @Test
    public void worksWithTheCoreApiItIsBuiltAgainst() {
        VersionRange range = new VersionRange(LineComponent.CORE_API_RANGE);
        assertTrue(range.includes(new Version(2, 0, 0)));
        assertFalse(range.includes(new Version(3, 0, 0)));
    }

    @Test
    public void messagesExistInBothLanguages() {
        String key = LineComponent.ID + ".item-not-found";
        assertTrue(LineComponent.TEXTS.zh(key, "x").endsWith("x"));
        assertTrue(LineComponent.TEXTS.en(key, "x").startsWith("The catalogue"));
        // a key the line does not define comes from the line kit's common texts
        assertEquals("Required", LineComponent.TEXTS.en("field.required"));
    }
}

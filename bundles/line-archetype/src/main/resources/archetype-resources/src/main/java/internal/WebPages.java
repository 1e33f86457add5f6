package ${package}.internal;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The line's pages (web SPI): the files under {@code web/} of this bundle are served at
 * {@code /web/lines/${lineId}/} while the bundle runs, and the enterprise portal's menu gets one entry
 * drawn by {@code web/items.js}. Texts: {@code web/i18n/messages.properties} (Chinese) and
 * {@code messages_en.properties} (English).
 */
@Component(service = WebContribution.class)
public class WebPages implements WebContribution {

    @Override
    public String lineId() {
        return LineComponent.ID;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(WebArea.PORTAL, "items", "line.menu", "items.js", Set.of(Role.ENTERPRISE)));
    }
}

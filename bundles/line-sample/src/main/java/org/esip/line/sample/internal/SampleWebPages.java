package org.esip.line.sample.internal;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The sample line's pages (web SPI): the files under {@code web/} in this bundle are served at
 * {@code /web/lines/sample/}, and the portal's and workbench's menus get an entry that shows the line's
 * catalogue ({@code web/catalogue.js}). Uninstalling the line removes both.
 */
@Component(service = WebContribution.class)
public class SampleWebPages implements WebContribution {

    @Override
    public String lineId() {
        return SampleServiceLine.ID;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(WebArea.PORTAL, "catalogue", "sample.menu", "catalogue.js", Set.of(Role.ENTERPRISE)),
                new MenuEntry(WebArea.WORKBENCH, "catalogue", "sample.menu", "catalogue.js",
                        Set.of(Role.ADMIN, Role.STAFF, Role.AUDITOR)));
    }
}

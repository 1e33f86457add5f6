package org.esip.line.technical.internal;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The technical line's pages (web SPI): in the enterprise portal the offers (browse, book), shared instruments (book
 * a time) and matched projects (interest); in the workbench the offer catalogue with its form and the project
 * introductions staff follow. Files: {@code web/} of this bundle.
 */
@Component(service = WebContribution.class)
public class TechnicalWebPages implements WebContribution {

    @Override
    public String lineId() {
        return Technical.ID;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        Set<Role> enterprise = Set.of(Role.ENTERPRISE);
        Set<Role> staff = Set.of(Role.STAFF, Role.ADMIN);
        return List.of(
                new MenuEntry(WebArea.PORTAL, "offers", "technical.menu.offers", "portal.js", enterprise),
                new MenuEntry(WebArea.PORTAL, "instruments", "technical.menu.instruments", "portal.js", enterprise),
                new MenuEntry(WebArea.PORTAL, "projects", "technical.menu.projects", "portal.js", enterprise),
                new MenuEntry(WebArea.WORKBENCH, "offers", "technical.menu.workbench.offers", "workbench.js", staff),
                new MenuEntry(WebArea.WORKBENCH, "introductions", "technical.menu.workbench.introductions",
                        "workbench.js", staff));
    }
}

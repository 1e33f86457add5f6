package org.esip.line.consulting.internal;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The consulting line's pages (web SPI): in the portal, supplies and demands with the explained matches and a form
 * to post one, and consulting requests; in the workbench, introductions and their outcome. Files: {@code web/}.
 */
@Component(service = WebContribution.class)
public class ConsultingWebPages implements WebContribution {

    @Override
    public String lineId() {
        return ConsultingServiceLine.ID;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        Set<Role> posters = Set.of(Role.ENTERPRISE, Role.ORGANISATION);
        return List.of(
                new MenuEntry(WebArea.PORTAL, "market", "consulting.menu.market", "portal.js", posters),
                new MenuEntry(WebArea.PORTAL, "events", "consulting.menu.events", "portal.js", posters),
                new MenuEntry(WebArea.PORTAL, "requests", "consulting.menu.requests", "portal.js", Set.of(Role.ENTERPRISE)),
                new MenuEntry(WebArea.WORKBENCH, "introductions", "consulting.menu.introductions", "workbench.js",
                        Set.of(Role.ADMIN, Role.STAFF, Role.AUDITOR)));
    }
}

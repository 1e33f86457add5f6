package org.esip.line.specialty.internal;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;

/**
 * The pages of one defined line (web SPI), registered beside its {@link DefinedLine}: in the portal the generic form
 * page ({@code web/form.js}) that draws each item's form from {@code GET /lines/<id>/definition}; in the workbench the
 * list of requests with their fields ({@code web/requests.js}). The same files serve every defined line.
 */
final class DefinedWebPages implements WebContribution {
    private final String lineId;
    /** The menu shows the line's own Chinese name: a key the texts do not have is shown as itself. */
    private final String title;

    DefinedWebPages(String lineId, String title) {
        this.lineId = lineId;
        this.title = title;
    }

    @Override
    public String lineId() {
        return lineId;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(WebArea.PORTAL, "form", title, "form.js", Set.of(Role.ENTERPRISE)),
                new MenuEntry(WebArea.WORKBENCH, "requests", title, "requests.js",
                        Set.of(Role.ADMIN, Role.STAFF, Role.AUDITOR)));
    }
}

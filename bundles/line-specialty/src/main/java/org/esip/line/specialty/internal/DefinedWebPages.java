package org.esip.line.specialty.internal;

import java.util.List;
import java.util.Map;
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
    /** The key of the menu title: the line's own name from its definition, in the page's language. */
    static final String TITLE_KEY = "defined.title";
    private final String nameZh;
    private final String nameEn;

    DefinedWebPages(String lineId, String nameZh, String nameEn) {
        this.lineId = lineId;
        this.nameZh = nameZh;
        this.nameEn = nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    @Override
    public Map<String, String> texts(String language) {
        return Map.of(TITLE_KEY, "en".equals(language) ? nameEn : nameZh);
    }

    @Override
    public String lineId() {
        return lineId;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(WebArea.PORTAL, "form", TITLE_KEY, "form.js", Set.of(Role.ENTERPRISE)),
                new MenuEntry(WebArea.WORKBENCH, "requests", TITLE_KEY, "requests.js",
                        Set.of(Role.ADMIN, Role.STAFF, Role.AUDITOR)));
    }
}

package org.esip.line.volunteer.internal;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The volunteer line's pages: in the portal, activities with the records an enterprise rates and its requests for
 * help; in the workbench, volunteers (with the import), activities with their sign-ups, and service records.
 */
@Component(service = WebContribution.class)
public class VolunteerWebPages implements WebContribution {

    @Override
    public String lineId() {
        return VolunteerLine.ID;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        Set<Role> enterprise = Set.of(Role.ENTERPRISE);
        Set<Role> organisers = Set.of(Role.ADMIN, Role.STAFF, Role.AUDITOR, Role.ORGANISATION);
        return List.of(
                new MenuEntry(WebArea.PORTAL, "activities", "volunteer.menu.activities", "portal.js", enterprise),
                new MenuEntry(WebArea.PORTAL, "requests", "volunteer.menu.requests", "portal.js", enterprise),
                new MenuEntry(WebArea.WORKBENCH, "volunteers", "volunteer.menu.volunteers", "workbench.js", organisers),
                new MenuEntry(WebArea.WORKBENCH, "activities", "volunteer.menu.workActivities", "workbench.js", organisers),
                new MenuEntry(WebArea.WORKBENCH, "records", "volunteer.menu.records", "workbench.js", organisers));
    }
}

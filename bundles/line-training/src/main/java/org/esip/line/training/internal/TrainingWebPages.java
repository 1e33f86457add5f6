package org.esip.line.training.internal;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The training line's pages: in the portal the timetable, the enterprise's registrations and its needs and
 * requests; in the workbench the sessions and the planning figures.
 */
@Component(service = WebContribution.class)
public class TrainingWebPages implements WebContribution {

    @Override
    public String lineId() {
        return TrainingServiceLine.ID;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        Set<Role> enterprise = Set.of(Role.ENTERPRISE);
        Set<Role> staff = Set.of(Role.STAFF, Role.ADMIN);
        return List.of(
                new MenuEntry(WebArea.PORTAL, "sessions", "training.menu.sessions", "portal.js", enterprise),
                new MenuEntry(WebArea.PORTAL, "my-registrations", "training.menu.mine", "portal.js", enterprise),
                new MenuEntry(WebArea.PORTAL, "needs", "training.menu.needs", "portal.js", enterprise),
                new MenuEntry(WebArea.PORTAL, "check-in", "training.menu.checkIn", "portal.js", enterprise),
                new MenuEntry(WebArea.WORKBENCH, "sessions", "training.menu.workbench", "workbench.js", staff),
                new MenuEntry(WebArea.WORKBENCH, "planning", "training.menu.planning", "workbench.js",
                        Set.of(Role.STAFF, Role.ADMIN, Role.AUDITOR)));
    }
}

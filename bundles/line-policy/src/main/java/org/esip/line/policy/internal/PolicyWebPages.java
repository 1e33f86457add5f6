package org.esip.line.policy.internal;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The policy line's pages in the enterprise portal (web SPI): matched policies with the
 * condition-by-condition explanation and the near misses, the diagnosis report with its PDF, and the
 * enterprise's applications (online application and 免申即享 confirmation); in the staff workbench, the push
 * progress of each published policy. Files: {@code web/} of this bundle.
 */
@Component(service = WebContribution.class)
public class PolicyWebPages implements WebContribution {

    @Override
    public String lineId() {
        return "policy";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        Set<Role> enterprise = Set.of(Role.ENTERPRISE);
        return List.of(
                new MenuEntry(WebArea.PORTAL, "matches", "policy.menu.matches", "portal.js", enterprise),
                new MenuEntry(WebArea.PORTAL, "diagnosis", "policy.menu.diagnosis", "portal.js", enterprise),
                new MenuEntry(WebArea.PORTAL, "applications", "policy.menu.applications", "portal.js", enterprise),
                new MenuEntry(WebArea.WORKBENCH, "pushes", "policy.menu.pushes", "workbench.js",
                        Set.of(Role.ADMIN, Role.STAFF, Role.AUDITOR)));
    }
}

package org.esip.line.outreach.internal;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.osgi.service.component.annotations.Component;

/**
 * The outreach line's pages (web SPI), served at {@code /web/lines/outreach/}: in the workbench the campaign list,
 * a campaign's page (targets, plans, visits, results per township centre) with the plan and visit record forms;
 * in the portal an enterprise's visits and the demands collected on them.
 */
@Component(service = WebContribution.class)
public class OutreachWebPages implements WebContribution {

    @Override
    public String lineId() {
        return OutreachServiceImpl.LINE;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(WebArea.WORKBENCH, "campaigns", "outreach.menu.campaigns", "workbench.js",
                        Set.of(Role.ADMIN, Role.STAFF, Role.AUDITOR)),
                new MenuEntry(WebArea.PORTAL, "visits", "outreach.menu.visits", "portal.js", Set.of(Role.ENTERPRISE)));
    }
}

package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.junit.Test;

public class WebMenuEntriesTest {
    private static WebContribution line(String id, MenuEntry... entries) {
        return new WebContribution() {
            @Override
            public String lineId() {
                return id;
            }

            @Override
            public String resourceFolder() {
                return "web";
            }

            @Override
            public String messageBundle() {
                return "i18n/messages";
            }

            @Override
            public List<MenuEntry> menuEntries() {
                return List.of(entries);
            }
        };
    }

    private static final Actor ENTERPRISE = new Actor("e", Set.of(Role.ENTERPRISE), 1L, null, null);
    private static final Actor STAFF = new Actor("s", Set.of(Role.STAFF), null, null, null);

    @Test
    public void aCallerSeesTheEntriesOfItsAreaAndRoles() {
        WebContribution policy = line("policy",
                new MenuEntry(WebArea.PORTAL, "matches", "menu.matches", "portal/matches.js", Set.of(Role.ENTERPRISE)),
                new MenuEntry(WebArea.WORKBENCH, "library", "menu.library", "workbench/library.js", Set.of(Role.STAFF)),
                new MenuEntry(WebArea.PORTAL, "everyone", "menu.all", "/portal/all.js", Set.of()));
        List<WebMenuEndpoint.MenuItem> portal = WebMenuEndpoint.entries(List.of(policy), WebArea.PORTAL, ENTERPRISE);
        assertEquals(2, portal.size());
        assertEquals(new WebMenuEndpoint.MenuItem("policy", "matches", "portal", "menu.matches",
                "/web/lines/policy/portal/matches.js", "line.policy"), portal.get(0));
        assertEquals("/web/lines/policy/portal/all.js", portal.get(1).module());

        assertEquals(List.of("everyone"), WebMenuEndpoint.entries(List.of(policy), WebArea.PORTAL, STAFF).stream()
                .map(WebMenuEndpoint.MenuItem::id).toList());
        assertEquals(List.of("library"), WebMenuEndpoint.entries(List.of(policy), WebArea.WORKBENCH, STAFF).stream()
                .map(WebMenuEndpoint.MenuItem::id).toList());
    }

    @Test
    public void linesAreListedInAStableOrder() {
        WebContribution b = line("sample", new MenuEntry(WebArea.PORTAL, "x", "k", "m.js", Set.of()));
        WebContribution a = line("policy", new MenuEntry(WebArea.PORTAL, "y", "k", "m.js", Set.of()));
        assertEquals(List.of("policy", "sample"), WebMenuEndpoint.entries(List.of(b, a), WebArea.PORTAL, STAFF).stream()
                .map(WebMenuEndpoint.MenuItem::lineId).toList());
    }
}

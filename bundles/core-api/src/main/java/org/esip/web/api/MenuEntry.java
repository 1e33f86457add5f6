package org.esip.web.api;

import java.util.Objects;
import java.util.Set;

import org.esip.core.api.Role;

/**
 * One entry a line adds to a menu of the web front.
 *
 * @param area     where it appears
 * @param id       unique within the line; becomes the hash route {@code #/lines/<lineId>/<id>}
 * @param titleKey the key of its title in the line's message bundle ({@link WebContribution#messageBundle()})
 * @param module   the ES module that draws it, relative to the line's resource folder (e.g.
 *                 {@code portal/matches.js}); it exports {@code render(el, ctx)}
 * @param roles    who sees it: a caller with any of these roles; empty means every signed-in user
 */
public record MenuEntry(WebArea area, String id, String titleKey, String module, Set<Role> roles) {
    public MenuEntry {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(module, "module");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}

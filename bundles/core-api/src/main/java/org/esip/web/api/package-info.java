/**
 * The web SPI: how a service line brings its own pages to the web front. A line registers one
 * {@link org.esip.web.api.WebContribution} service; while it is registered the web front serves the
 * line's web files at {@code /web/lines/<lineId>/…} from the line's own bundle, its texts at
 * {@code /web/i18n/line.<lineId>.json?lang=}, and lists its {@link org.esip.web.api.MenuEntry menu entries}
 * in {@code GET /api/v1/web/menu?area=}. When the service goes (feature:uninstall), so do they; nothing
 * else reloads.
 *
 * <p>1.0.0: line id, resource folder, message bundle, menu entries for the portal, workbench and dashboard.
 * <p>1.1.0: the resource folder ({@code web}) and the message bundle ({@code i18n/messages}) have defaults, the
 * layout every line uses.
 * <p>1.2.0: {@link org.esip.web.api.WebContribution#texts(String)}, texts a line knows only at run time.
 */
@Version("1.2.0")
package org.esip.web.api;

import org.osgi.annotation.versioning.Version;

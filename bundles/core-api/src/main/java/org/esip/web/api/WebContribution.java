package org.esip.web.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A service line's pages, registered as an OSGi service by the line's bundle (whiteboard pattern). The
 * web front reads the files from the bundle that registered the service, never from its class loader,
 * so the line needs no import for it.
 *
 * <p>Security: the files are public (they are code and texts, not data); what a page shows comes from the
 * REST API, which checks the caller as always. Menu entries are filtered by {@link MenuEntry#roles()}.
 */
@ConsumerType
public interface WebContribution {

    /** The line's id ({@link org.esip.line.api.ServiceLine#id()}), a URL segment: {@code /web/lines/<lineId>/}. */
    String lineId();

    /** The folder inside the line's bundle that holds its web files; {@code web} unless the line says otherwise. */
    default String resourceFolder() {
        return "web";
    }

    /**
     * The line's message bundle inside {@link #resourceFolder()} without {@code .properties}, e.g.
     * {@code i18n/messages}: {@code messages.properties} is Chinese (the default), {@code messages_en.properties}
     * English. Pages load it with {@code loadMessages('line.<lineId>')}. {@code i18n/messages} unless the line
     * says otherwise.
     */
    default String messageBundle() {
        return "i18n/messages";
    }

    /** Its entries in the portal's, workbench's and dashboard's menus. */
    List<MenuEntry> menuEntries();

    /**
     * Texts the line knows only at run time (e.g. the names in a county's definition file), laid over its
     * {@link #messageBundle()}: a menu entry's {@link MenuEntry#titleKey()} may name one of them. None unless
     * the line says otherwise.
     *
     * @param language {@code zh-CN} or {@code en}
     * @since 1.2.0
     */
    default Map<String, String> texts(String language) {
        return Map.of();
    }
}

package org.esip.web.internal;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;

/**
 * A line's web files while its {@link org.esip.web.api.WebContribution} is registered: read from the
 * registering bundle's entries (not its class loader), cached as long as the contribution stays.
 */
final class LineSite {
    private final Bundle bundle;
    private final String folder;
    private final String messageBundle;
    private final Map<String, WebFile> cache = new ConcurrentHashMap<>();

    LineSite(Bundle bundle, String folder, String messageBundle) {
        this.bundle = bundle;
        this.folder = trimSlashes(folder);
        this.messageBundle = messageBundle == null ? null : trimSlashes(messageBundle);
    }

    /** A file of the line's folder ({@code relative} already checked by {@link WebPaths}), or null. */
    URL find(String relative) {
        return bundle.getEntry(folder.isEmpty() ? relative : folder + "/" + relative);
    }

    WebFile file(String relative) {
        WebFile cached = cache.get(relative);
        if (cached != null) {
            return cached;
        }
        URL url = find(relative);
        if (url == null) {
            return null;
        }
        WebFile file = WebFile.read(url, ContentTypes.of(relative));
        cache.put(relative, file);
        return file;
    }

    /** The line's texts as JSON, or null when it declared none. */
    String messages(String language) {
        return messageBundle == null ? null : MessageCatalogue.json(this::find, messageBundle, language);
    }

    private static String trimSlashes(String s) {
        String t = s == null ? "" : s.strip();
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}

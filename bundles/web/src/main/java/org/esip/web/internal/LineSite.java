package org.esip.web.internal;

import java.net.URL;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.osgi.framework.Bundle;

/**
 * A line's web files while its {@link org.esip.web.api.WebContribution} is registered: read from the
 * registering bundle's entries (not its class loader), cached as long as the contribution stays.
 */
final class LineSite {
    private final Bundle bundle;
    private final String folder;
    private final String messageBundle;
    private final Function<String, Map<String, String>> runTimeTexts;
    private final Map<String, WebFile> cache = new ConcurrentHashMap<>();

    LineSite(Bundle bundle, String folder, String messageBundle) {
        this(bundle, folder, messageBundle, language -> Map.of());
    }

    /** @param runTimeTexts the contribution's {@link org.esip.web.api.WebContribution#texts(String)} */
    LineSite(Bundle bundle, String folder, String messageBundle, Function<String, Map<String, String>> runTimeTexts) {
        this.bundle = bundle;
        this.folder = trimSlashes(folder);
        this.messageBundle = messageBundle == null ? null : trimSlashes(messageBundle);
        this.runTimeTexts = runTimeTexts;
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

    /** The line's texts as JSON (its message bundle, then its run-time texts), or null when it has none. */
    String messages(String language) {
        Map<String, String> fromBundle = messageBundle == null ? null
                : MessageCatalogue.messages(this::find, messageBundle, language);
        Map<String, String> atRunTime = runTimeTexts.apply(language);
        if (fromBundle == null && (atRunTime == null || atRunTime.isEmpty())) {
            return null;
        }
        Map<String, String> all = new TreeMap<>();
        if (fromBundle != null) {
            all.putAll(fromBundle);
        }
        if (atRunTime != null) {
            all.putAll(atRunTime);
        }
        return MessageCatalogue.toJson(all);
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

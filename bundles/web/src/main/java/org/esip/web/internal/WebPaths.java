package org.esip.web.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a request path may be: plain segments of letters, digits, {@code . _ -}, never {@code ..}, a
 * backslash, an encoded character or an empty segment. Anything else is not a file of the web front.
 */
final class WebPaths {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private WebPaths() {
    }

    /**
     * The file a path names: {@code /} and every path ending in {@code /} name that folder's
     * {@code index.html}.
     *
     * @return the path without its leading slash, or empty when it is not a safe path
     */
    static Optional<String> file(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return Optional.empty();
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative = relative + "index.html";
        }
        for (String segment : relative.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(relative);
    }

    /** A name usable as one path segment (a line id, a message bundle name). */
    static boolean isName(String name) {
        return name != null && SEGMENT.matcher(name).matches() && !name.contains("..");
    }
}

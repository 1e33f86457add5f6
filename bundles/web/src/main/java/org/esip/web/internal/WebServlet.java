package org.esip.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.esip.web.internal.SecurityHeaders.Caching;

/**
 * Everything of the web front that is not the REST API: the single-page apps ({@code /},
 * {@code /portal/}, {@code /workbench/}, {@code /dashboard/}), the shared modules under
 * {@code /web/common/}, the WebJars libraries under {@code /web/lib/<name>/}, the message bundles as
 * JSON under {@code /web/i18n/<bundle>.json?lang=}, and the service lines' files under
 * {@code /web/lines/<lineId>/}. Every answer carries the {@link SecurityHeaders}; text is gzip-compressed
 * when the browser accepts it, and an unchanged file answers 304 to its ETag.
 */
final class WebServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ROOT = "webroot";
    private static final String WEBJARS = "META-INF/resources/webjars/";
    private static final String I18N = "web/i18n/";
    private static final String LIB = "web/lib/";
    private static final String LINES = "web/lines/";
    private static final String LINE_MESSAGES = "line.";
    private static final Set<String> APPS = Set.of("portal", "workbench", "dashboard", "api/docs");

    private final transient Function<String, URL> own;
    private final transient Function<String, Optional<LineSite>> lines;
    private final transient Map<String, WebFile> cache = new ConcurrentHashMap<>();
    private final transient Map<String, String> webjarVersions = new ConcurrentHashMap<>();

    /**
     * @param own   the web bundle's own entries by path
     * @param lines the registered line sites by line id
     */
    WebServlet(Function<String, URL> own, Function<String, Optional<LineSite>> lines) {
        this.own = own;
        this.lines = lines;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String app = path.length() > 1 ? path.substring(1) : "";
        if (APPS.contains(app)) {
            SecurityHeaders.apply(response, Caching.REVALIDATE);
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + path + "/");
            return;
        }
        Optional<String> file = WebPaths.file(path);
        if (file.isEmpty()) {
            notFound(response);
            return;
        }
        String relative = file.get();
        if (relative.startsWith(I18N) && relative.endsWith(".json")) {
            messages(request, response, relative.substring(I18N.length(), relative.length() - ".json".length()));
            return;
        }
        WebFile found;
        Caching caching = Caching.REVALIDATE;
        if (relative.startsWith(LIB)) {
            found = library(relative.substring(LIB.length()));
            caching = Caching.LIBRARY;
        } else if (relative.startsWith(LINES)) {
            found = lineFile(relative.substring(LINES.length()));
        } else {
            found = cached(ROOT + "/" + relative, relative);
        }
        if (found == null) {
            notFound(response);
            return;
        }
        send(request, response, found, caching);
    }

    private WebFile cached(String entry, String name) {
        WebFile cachedFile = cache.get(entry);
        if (cachedFile != null) {
            return cachedFile;
        }
        URL url = own.apply(entry);
        if (url == null || entry.endsWith("/")) {
            return null;
        }
        WebFile file;
        try {
            file = WebFile.read(url, ContentTypes.of(name));
        } catch (UncheckedIOException folder) {
            return null;
        }
        cache.put(entry, file);
        return file;
    }

    /** {@code echarts/echarts.min.js} → the embedded WebJar's {@code META-INF/resources/webjars/echarts/<version>/echarts.min.js}. */
    private WebFile library(String relative) {
        int slash = relative.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String name = relative.substring(0, slash);
        String version = webjarVersions.computeIfAbsent(name, this::webjarVersion);
        if (version.isEmpty()) {
            return null;
        }
        return cached(WEBJARS + name + "/" + version + "/" + relative.substring(slash + 1), relative);
    }

    private String webjarVersion(String name) {
        URL pom = own.apply("META-INF/esip-webjars.properties");
        if (pom == null) {
            return "";
        }
        return MessageCatalogue.load(pom).getOrDefault(name, "");
    }

    private WebFile lineFile(String relative) {
        int slash = relative.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        return lines.apply(relative.substring(0, slash)).map(site -> site.file(relative.substring(slash + 1)))
                .orElse(null);
    }

    private void messages(HttpServletRequest request, HttpServletResponse response, String bundle) throws IOException {
        String language = MessageCatalogue.language(request.getParameter("lang"));
        String json;
        if (bundle.startsWith(LINE_MESSAGES)) {
            json = lines.apply(bundle.substring(LINE_MESSAGES.length())).map(site -> site.messages(language))
                    .orElse(null);
        } else {
            json = MessageCatalogue.json(own, ROOT + "/" + I18N + bundle, language);
        }
        if (json == null) {
            notFound(response);
            return;
        }
        WebFile file = WebFile.of(json.getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8");
        response.setHeader("Content-Language", language);
        send(request, response, file, Caching.REVALIDATE);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, WebFile file, Caching caching)
            throws IOException {
        SecurityHeaders.apply(response, caching);
        response.setHeader("ETag", file.etag());
        response.setHeader("Vary", "Accept-Encoding");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(file.etag()) || ifNoneMatch.contains(file.etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.contentType());
        byte[] body = file.bytes();
        String accept = request.getHeader("Accept-Encoding");
        if (file.gzipped() != null && accept != null && accept.contains("gzip")) {
            response.setHeader("Content-Encoding", "gzip");
            body = file.gzipped();
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(body);
            }
        }
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response, Caching.NONE);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html; charset=UTF-8");
        byte[] body = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>页面不存在 Not found</title>"
                + "<link rel=\"stylesheet\" href=\"/web/common/esip.css\"></head><body><main class=\"notfound\">"
                + "<h1>页面不存在</h1><p lang=\"en\">Page not found</p><p><a href=\"/\">返回首页 Home</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}

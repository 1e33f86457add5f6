package org.esip.web.internal;

import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.ServletException;

import org.esip.web.api.WebContribution;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the web front on the OSGi HTTP service (Pax Web) at {@code /}, beside the REST API at
 * {@code /api}, and tracks the service lines' {@link WebContribution}s: a line's files are served while
 * its contribution is registered and gone as soon as it is not.
 */
@Component(service = {}, immediate = true)
public class WebFront {
    static final String ALIAS = "/";
    /** Swagger UI over the REST API's description; within {@code /api}, where the REST servlet answers the rest. */
    static final String API_DOCS_ALIAS = "/api/docs";
    private static final Logger LOG = LoggerFactory.getLogger(WebFront.class);

    private final HttpService http;
    private final Map<String, LineSite> sites = new ConcurrentHashMap<>();

    @Activate
    public WebFront(@Reference HttpService http, BundleContext context) throws ServletException, NamespaceException {
        this.http = http;
        Bundle own = context.getBundle();
        WebServlet servlet = new WebServlet(own::getEntry, id -> Optional.ofNullable(sites.get(id)));
        http.registerServlet(ALIAS, servlet, null, null);
        // a second servlet of the same class needs its own name in Pax Web's context
        http.registerServlet(API_DOCS_ALIAS, new WebServlet(own::getEntry, id -> Optional.empty()),
                new Hashtable<>(Map.of("servlet-name", "esip-api-docs")), null);
        LOG.info("esip web front published at / (public site), /portal/, /workbench/, /dashboard/, /api/docs/");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(WebContribution contribution, ServiceReference<WebContribution> reference) {
        String id = contribution.lineId();
        if (!WebPaths.isName(id) || "core".equals(id)) {
            LOG.warn("A web contribution with the invalid line id '{}' is ignored", id);
            return;
        }
        sites.put(id, new LineSite(reference.getBundle(), contribution.resourceFolder(), contribution.messageBundle(),
                contribution::texts));
        LOG.info("Service line {}: web pages published at /web/lines/{}/", id, id);
    }

    void removeContribution(WebContribution contribution) {
        if (sites.remove(contribution.lineId()) != null) {
            LOG.info("Service line {}: web pages withdrawn", contribution.lineId());
        }
    }

    @Deactivate
    void stop() {
        try {
            http.unregister(API_DOCS_ALIAS);
            http.unregister(ALIAS);
        } catch (IllegalArgumentException alreadyGone) {
            // the HTTP service went first
        }
        sites.clear();
    }
}

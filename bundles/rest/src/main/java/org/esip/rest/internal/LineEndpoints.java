package org.esip.rest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.esip.identity.api.TokenService;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.ServiceLineRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whiteboard for the service lines' REST resources: while a {@link ServiceLine} service is
 * registered and the core admits it ({@link ServiceLineRegistry#admits}: valid, compatible with the core
 * API version), its resources answer under {@code /api/v1/lines/{id}/}; when it goes, so do they.
 * Nothing else is restarted. A refused line publishes nothing; the core logs why.
 */
@Component(service = LineEndpoints.class, immediate = true)
public class LineEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(LineEndpoints.class);

    private final HTTPTransportFactory transport;
    private final TokenService tokens;
    private final ServiceLineRegistry registry;
    private final Bus bus;
    private final Map<ServiceLine, Server> servers = new HashMap<>();
    private final Map<String, List<Class<?>>> published = new TreeMap<>();
    private long changes;

    @Activate
    public LineEndpoints(@Reference HTTPTransportFactory transport, @Reference TokenService tokens,
            @Reference ServiceLineRegistry registry) {
        this.transport = transport;
        this.tokens = tokens;
        this.registry = registry;
        this.bus = JaxrsServers.newBus();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addLine(ServiceLine line) {
        if (!registry.admits(line)) {
            return;
        }
        List<Object> resources;
        try {
            resources = line.restResources();
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Service line {}: restResources() failed; its REST resources are not published", line.id(), e);
            return;
        }
        if (resources == null || resources.isEmpty()) {
            return;
        }
        String address = RestApi.ADDRESS + "/lines/" + line.id();
        servers.put(line, JaxrsServers.start(bus, transport, address, resources, tokens));
        published.put(line.id(), resources.stream().<Class<?>>map(Object::getClass).toList());
        changes++;
        LOG.info("Service line {} published at /api{}", line.id(), address);
    }

    synchronized void removeLine(ServiceLine line) {
        Server server = servers.remove(line);
        if (server != null) {
            server.destroy();
            published.remove(line.id());
            changes++;
            LOG.info("Service line {} withdrawn from /api{}/lines/{}", line.id(), RestApi.ADDRESS, line.id());
        }
    }

    @Deactivate
    synchronized void stop() {
        servers.values().forEach(Server::destroy);
        servers.clear();
        published.clear();
        bus.shutdown(true);
    }

    /** The resource classes each published line answers with, by line id, and a count that changes with them. */
    synchronized Published published() {
        return new Published(changes, Map.copyOf(published));
    }

    record Published(long changes, Map<String, List<Class<?>>> resources) {
    }
}

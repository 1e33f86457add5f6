package org.esip.rest.internal;

import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.esip.identity.api.TokenService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core REST API at {@code /api/v1}. Each resource is a DS component with its own references
 * ({@code @Component(service = <its class>)}); this component publishes them on one CXF server once every one has
 * come, and never unpublishes one: a resource whose component is away for a moment answers 503 while the others,
 * {@code /health} among them, answer as usual ({@link TrackedResources}). A new core resource is a component and an
 * entry in {@link #RESOURCES}.
 */
@Component(service = {}, immediate = true)
public class RestApi {
    static final String ADDRESS = "/v1";
    static final List<Class<?>> RESOURCES = List.of(HealthResource.class, PlatformResource.class,
            EnterpriseResource.class, TicketResource.class, TicketFlowResource.class, EscalationResource.class,
            ServiceLineResource.class, IndicatorResource.class,
            DashboardResource.class, AuthResource.class, AccountResource.class, AuditResource.class,
            TagResource.class, OrganisationResource.class, ExpertResource.class, StaffResource.class,
            ServicePointResource.class, CalendarResource.class, NotificationResource.class, ArchiveResource.class,
            BackupResource.class, DisclosureResource.class, ApiDescriptionResource.class);
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);

    private final HTTPTransportFactory transport;
    private final TokenService tokens;
    private final TrackedResources resources;
    private Bus bus;
    private Server server;

    @Activate
    public RestApi(BundleContext context, @Reference HTTPTransportFactory transport,
            @Reference TokenService tokens) {
        this.transport = transport;
        this.tokens = tokens;
        this.resources = new TrackedResources(context, RESOURCES, this::publish);
        resources.open();
    }

    private synchronized void publish() {
        bus = JaxrsServers.newBus();
        server = JaxrsServers.start(bus, transport, ADDRESS, resources, tokens);
        LOG.info("esip REST API published at /api{} ({} resources)", ADDRESS, RESOURCES.size());
    }

    @Deactivate
    synchronized void stop() {
        resources.close();
        if (server != null) {
            server.destroy();
            bus.shutdown(true);
        }
    }
}

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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core REST API at {@code /api/v1}. Each resource is a DS component with its own references
 * ({@code @Component(service = <its class>)}); this component publishes them all on one CXF server as soon as it
 * starts and never unpublishes one: a resource whose component is not there — away for a moment, or not yet there
 * because the platform is starting or cannot open its database — answers 503 with a problem body while the others
 * answer as usual ({@link TrackedResources}), and so does a request with a token while there is no token service to
 * check it. {@code /health} thus answers 503, not 404, until the platform is up. A new core resource is a component
 * and an entry in {@link #RESOURCES}.
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

    private final TrackedResources resources;
    private final Bus bus;
    private final Server server;
    /** The token service there is now; none while the platform is starting or cannot open its database. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TokenService tokens;

    @Activate
    public RestApi(BundleContext context, @Reference HTTPTransportFactory transport) {
        this.resources = new TrackedResources(context, RESOURCES,
                () -> LOG.info("esip REST API: all {} resources present", RESOURCES.size()));
        bus = JaxrsServers.newBus();
        server = JaxrsServers.start(bus, transport, ADDRESS, resources, () -> tokens);
        // tracked only once the server stands (a resource is looked up at each request): nothing to close if it failed
        resources.open();
        LOG.info("esip REST API published at /api{} ({} resources)", ADDRESS, RESOURCES.size());
    }

    @Deactivate
    void stop() {
        server.destroy();
        bus.shutdown(true);
        resources.close();
    }
}

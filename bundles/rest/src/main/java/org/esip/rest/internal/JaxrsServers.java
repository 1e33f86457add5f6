package org.esip.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.ResourceProvider;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.esip.identity.api.TokenService;

/**
 * Publishes JAX-RS resources on the CXF servlet of the OSGi HTTP service ({@code /api}, set in
 * {@code etc/org.apache.cxf.osgi.cfg}). The servlet's transport factory is handed in as a service,
 * so every server lands on the same servlet whatever bus it uses.
 */
final class JaxrsServers {
    private static final String HTTP_TRANSPORT = "http://cxf.apache.org/transports/http";
    /** The bus property by which CXF's provider factory leaves out its default JSON provider. */
    private static final String SKIP_DEFAULT_JSON_PROVIDER = "skip.default.json.provider.registration";

    private JaxrsServers() {
    }

    /**
     * A bus of this bundle's. It is given this bundle's class loader as its own: without one, CXF's servlet asks
     * the bus's resource manager for a class loader on every request, which searches the system class path's
     * jars (about 2% of a ticket create's time, issue 16).
     * <p>
     * Nor does it register CXF's default JSON provider (Jettison's, for JAXB-annotated classes, which the platform
     * has none of): JSON is {@link JsonProviders}' Jackson, and a second JSON provider was asked whether it could read
     * and write every body, on every request (about 1% of a ticket create's time, issue 16).
     */
    static Bus newBus() {
        Bus bus = withOwnClassLoader(() -> BusFactory.newInstance().createBus());
        bus.setExtension(JaxrsServers.class.getClassLoader(), ClassLoader.class);
        bus.setProperty(SKIP_DEFAULT_JSON_PROVIDER, true);
        return bus;
    }

    /**
     * Starts a server at {@code address} (relative to the servlet, e.g. {@code /v1}) whose every
     * resource requires a token unless marked {@link org.esip.core.api.PublicInformation}, and whose
     * {@code @RolesAllowed} methods admit only those roles ({@link RolesAllowedFeature}).
     */
    static Server start(Bus bus, HTTPTransportFactory transport, String address, List<Object> resources,
            TokenService tokens) {
        return start(bus, transport, address, factory -> factory.setServiceBeans(resources), List.of(), () -> tokens);
    }

    /**
     * Starts a server whose resources are DS components, looked up at every request ({@link TrackedResources}), and
     * whose tokens are checked by the token service there is at the time of each request (none: 503). Until every
     * resource has had its component once, every request is answered 503 ({@link TrackedResources#untilAllPresent}).
     */
    static Server start(Bus bus, HTTPTransportFactory transport, String address, TrackedResources resources,
            Supplier<TokenService> tokens) {
        Map<Class<?>, ResourceProvider> providers = resources.providers();
        return start(bus, transport, address, factory -> {
            factory.setResourceClasses(new ArrayList<>(providers.keySet()));
            providers.forEach(factory::setResourceProvider);
        }, List.of(resources.untilAllPresent()), tokens);
    }

    private static Server start(Bus bus, HTTPTransportFactory transport, String address,
            Consumer<JAXRSServerFactoryBean> resources, List<Object> gates, Supplier<TokenService> tokens) {
        return withOwnClassLoader(() -> {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(address);
            factory.setTransportId(HTTP_TRANSPORT);
            factory.setDestinationFactory(transport);
            resources.accept(factory);
            List<Object> providers = new ArrayList<>(JsonProviders.all());
            providers.addAll(gates);
            providers.add(new AuthenticationFilter(tokens));
            RolesAllowedFeature roles = new RolesAllowedFeature();
            providers.add(roles);
            providers.add(roles.check());
            providers.add(new SecurityHeaders());
            factory.setProviders(providers);
            factory.getInInterceptors().add(new ServiceDescriptionGate());
            factory.getOutInterceptors().add(new ResponseDate());
            return ThreadBusKeeper.keepThreadBus(factory.create(), bus);
        });
    }

    private static <T> T withOwnClassLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JaxrsServers.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

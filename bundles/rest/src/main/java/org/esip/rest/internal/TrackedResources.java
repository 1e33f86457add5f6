package org.esip.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

import org.apache.cxf.jaxrs.lifecycle.ResourceProvider;
import org.apache.cxf.message.Message;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The REST resources of the core API as DS components, each with its own references, feeding one CXF server (the
 * pattern of Apache Unomi's REST tracker, without rebuilding the server): every resource class is published once,
 * with a {@link ResourceProvider} that hands CXF the component that is registered now. A resource whose component
 * is away for a moment (its service reconfigured or restarted) answers 503 with a problem body and
 * {@code Retry-After}; every other resource goes on answering, and nothing is ever unpublished.
 */
final class TrackedResources implements AutoCloseable {
    private final Map<Class<?>, ServiceTracker<Object, Object>> trackers = new LinkedHashMap<>();
    private final Runnable allPresent;
    private volatile boolean started;

    /**
     * Tracks {@code classes}; {@code allPresent} runs once, on the thread that brought the last missing one,
     * when every class has its component for the first time. Until then every request is answered 503
     * ({@link #untilAllPresent}).
     */
    TrackedResources(BundleContext context, List<Class<?>> classes, Runnable allPresent) {
        this.allPresent = allPresent;
        for (Class<?> type : classes) {
            trackers.put(type, new ServiceTracker<>(context, type.getName(), null) {
                @Override
                public Object addingService(ServiceReference<Object> reference) {
                    Object service = super.addingService(reference);
                    if (service != null) {
                        // The tracker records the service only after this returns: count it as present.
                        checkAllPresent(type);
                    }
                    return service;
                }
            });
        }
    }

    void open() {
        trackers.values().forEach(ServiceTracker::open);
        checkAllPresent(null);
    }

    private void checkAllPresent(Class<?> arriving) {
        synchronized (this) {
            if (started || trackers.entrySet().stream()
                    .anyMatch(t -> t.getKey() != arriving && t.getValue().getService() == null)) {
                return;
            }
            started = true;
        }
        allPresent.run();
    }

    /**
     * A filter that answers every request 503 with a problem body and {@code Retry-After} until every class has had its
     * component once — while the platform starts, or cannot open its database — so that {@code /health} answers 200
     * only when the whole API does, as when the server was published only then; afterwards it lets everything pass.
     */
    ContainerRequestFilter untilAllPresent() {
        return new UntilAllPresent(this);
    }

    /** Before matching and before the token check: nothing is matched or checked while the API is incomplete. */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION - 100)
    static final class UntilAllPresent implements ContainerRequestFilter {
        private final TrackedResources resources;

        UntilAllPresent(TrackedResources resources) {
            this.resources = resources;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!resources.started) {
                request.abortWith(ProblemMappers.resourceUnavailable());
            }
        }
    }

    /** The resource classes, in their order, each with the provider that looks its component up at every request. */
    Map<Class<?>, ResourceProvider> providers() {
        Map<Class<?>, ResourceProvider> providers = new LinkedHashMap<>();
        trackers.forEach((type, tracker) -> providers.put(type, new Provider(type, tracker)));
        return providers;
    }

    @Override
    public void close() {
        trackers.values().forEach(ServiceTracker::close);
    }

    private static final class Provider implements ResourceProvider {
        private final Class<?> type;
        private final ServiceTracker<Object, Object> tracker;

        Provider(Class<?> type, ServiceTracker<Object, Object> tracker) {
            this.type = type;
            this.tracker = tracker;
        }

        @Override
        public Object getInstance(Message m) {
            Object resource = tracker.getService();
            if (resource == null) {
                throw new WebApplicationException(ProblemMappers.resourceUnavailable());
            }
            return resource;
        }

        @Override
        public void releaseInstance(Message m, Object o) {
            // the component stays; DS owns its life
        }

        @Override
        public Class<?> getResourceClass() {
            return type;
        }

        /**
         * Not a singleton to CXF, so that it asks for the instance at every request and never while the server is
         * being built; the resources hold no {@code @Context} fields, so nothing is injected into the shared
         * component.
         */
        @Override
        public boolean isSingleton() {
            return false;
        }
    }
}

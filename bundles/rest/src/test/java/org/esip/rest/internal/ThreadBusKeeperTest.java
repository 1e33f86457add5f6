package org.esip.rest.internal;

import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.transport.ChainInitiationObserver;
import org.apache.cxf.transport.MessageObserver;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** A worker thread keeps the server's bus after a request, so CXF's global thread-bus monitor is not entered again. */
public class ThreadBusKeeperTest {

    @Path("/ping")
    public static class Ping {
        @GET
        public String ping() {
            return "pong";
        }
    }

    /** CXF warns with a stack trace that a request with no HTTP exchange behind it cannot be answered. */
    private static final Logger CHAIN_LOG = Logger.getLogger(PhaseInterceptorChain.class.getName());

    private Bus bus;
    private Server server;
    private Level chainLevel;

    @Before
    public void startServer() {
        chainLevel = CHAIN_LOG.getLevel();
        CHAIN_LOG.setLevel(Level.OFF);
        bus = JaxrsServers.newBus();
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress("/keeper");
        factory.setTransportId("http://cxf.apache.org/transports/http");
        factory.setDestinationFactory(new HTTPTransportFactory(new DestinationRegistryImpl()));
        factory.setServiceBeans(List.of(new Ping()));
        server = ThreadBusKeeper.keepThreadBus(factory.create(), bus);
    }

    @After
    public void stop() {
        server.destroy();
        bus.shutdown(true);
        CHAIN_LOG.setLevel(chainLevel);
    }

    @Test
    public void aThreadThatServedARequestKeepsTheServersBus() throws Exception {
        MessageObserver kept = server.getDestination().getMessageObserver();
        assertTrue(kept instanceof ThreadBusKeeper);
        assertSame(bus, onFreshThread(kept));
    }

    @Test
    public void cxfsOwnObserverTakesTheBusAwayAgain() throws Exception {
        // The behaviour the keeper exists for: without it the thread is left with no bus after each request.
        assertNull(onFreshThread(new ChainInitiationObserver(server.getEndpoint(), bus)));
    }

    @Test
    public void aShutDownBusIsNoLongerAnyThreadsDefault() throws Exception {
        MessageObserver kept = server.getDestination().getMessageObserver();
        AtomicReference<Bus> after = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            deliver(kept);
            bus.shutdown(true);
            after.set(BusFactory.getThreadDefaultBus(false));
        });
        worker.start();
        worker.join();
        assertNull(after.get());
    }

    /** Hands a request the server cannot route to {@code observer} on a new thread; the thread's default bus after. */
    private static Bus onFreshThread(MessageObserver observer) throws InterruptedException {
        AtomicReference<Bus> after = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            deliver(observer);
            after.set(BusFactory.getThreadDefaultBus(false));
        });
        worker.start();
        worker.join();
        return after.get();
    }

    private static void deliver(MessageObserver observer) {
        Message request = new MessageImpl();
        request.put(Message.HTTP_REQUEST_METHOD, "GET");
        request.put(Message.REQUEST_URI, "/keeper/ping");
        request.put(Message.PATH_INFO, "/keeper/ping");
        try {
            observer.onMessage(request);
        } catch (RuntimeException noResponseChannel) {
            // no HTTP response behind this message: only the thread's bus afterwards matters here
        }
    }
}

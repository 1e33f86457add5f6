package org.esip.rest.internal;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.ChainInitiationObserver;

/**
 * CXF's own observer of a server's requests, which leaves its bus as the thread's default bus once the request is
 * done instead of taking it away again.
 * <p>
 * CXF makes the endpoint's bus the thread's default bus for each request and, when the thread had none before, takes
 * it away at the end. Taking it away marks the thread's holder stale, so the next request on that thread looks the
 * holder up again, and puts a new one, in one map of all threads under one lock: two global monitors entered per
 * request by every request of every server. Under 32 concurrent creates on 2 cores, JFR counted about 110 waits of
 * 10 ms or more on that monitor in 30 s (issue 16). A worker thread that keeps a default bus never enters it again.
 * <p>
 * The thread keeps a reference to this bus only while the bus runs: {@link Bus#shutdown} clears it from every thread
 * that holds it ({@code BusFactory.clearDefaultBusForAnyThread}).
 */
final class ThreadBusKeeper extends ChainInitiationObserver {

    private ThreadBusKeeper(Endpoint endpoint, Bus bus) {
        super(endpoint, bus);
    }

    /** Puts a keeper in place of the observer that starting {@code server} gave its destination. */
    static Server keepThreadBus(Server server, Bus bus) {
        server.getDestination().setMessageObserver(new ThreadBusKeeper(server.getEndpoint(), bus));
        return server;
    }

    @Override
    public void onMessage(Message message) {
        if (BusFactory.getThreadDefaultBus(false) == null) {
            BusFactory.setThreadDefaultBus(bus);
        }
        super.onMessage(message);
    }
}

package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;

import java.util.Set;

import org.junit.Test;

/** Whose sign-in failures count: the TCP peer, or behind a trusted proxy the client the proxy names. */
public class ClientAddressTest {

    @Test
    public void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "10.0.0.1", Set.of()));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "10.0.0.1", Set.of("127.0.0.1")));
    }

    @Test
    public void behindATrustedProxyTheNearestUntrustedHopCounts() {
        Set<String> proxies = Set.of("127.0.0.1", "10.0.0.2");
        assertEquals("198.51.100.4", ClientAddress.of("127.0.0.1", "198.51.100.4", proxies));
        // A client cannot pick its own address by sending the header itself: the proxy appends the real one.
        assertEquals("198.51.100.4", ClientAddress.of("127.0.0.1", "1.2.3.4, 198.51.100.4, 10.0.0.2", proxies));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, proxies));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "10.0.0.2", proxies));
    }
}

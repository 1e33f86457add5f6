package org.esip.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * The address of the client that sent the request being handled, for throttling sign-ins per client: the TCP
 * peer, unless the peer is one of the reverse proxies named in the system property {@code esip.trustedProxies}
 * (comma-separated addresses, e.g. in {@code etc/system.properties}); then the nearest address in
 * {@code X-Forwarded-For} that is not itself such a proxy. A header from anyone else is never believed.
 */
final class ClientAddress {
    static final String TRUSTED_PROXIES = "esip.trustedProxies";

    private ClientAddress() {
    }

    static String current() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Object request = message == null ? null : message.get("HTTP.REQUEST");
        if (request == null) {
            return "unknown";
        }
        try {
            // Through the servlet interface, so whatever class the HTTP service's request is.
            Class<?> servletRequest = Class.forName("javax.servlet.http.HttpServletRequest", false,
                    request.getClass().getClassLoader());
            Object peer = servletRequest.getMethod("getRemoteAddr").invoke(request);
            Object forwarded = servletRequest.getMethod("getHeader", String.class).invoke(request, "X-Forwarded-For");
            return of(peer == null ? null : peer.toString(), forwarded == null ? null : forwarded.toString(),
                    trustedProxies());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown";
        }
    }

    static Set<String> trustedProxies() {
        return Arrays.stream(System.getProperty(TRUSTED_PROXIES, "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** The client address from the TCP peer and the {@code X-Forwarded-For} header, trusting only {@code proxies}. */
    static String of(String peer, String forwardedFor, Set<String> proxies) {
        if (peer == null || peer.isBlank()) {
            return "unknown";
        }
        if (!proxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }
}

package org.esip.rest.internal;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * The address of the client that sent the request being handled (the TCP peer, never a header a client could
 * forge), for throttling sign-ins per client.
 */
final class ClientAddress {
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
            Class<?> servletRequest = Class.forName("javax.servlet.ServletRequest", false,
                    request.getClass().getClassLoader());
            Object address = servletRequest.getMethod("getRemoteAddr").invoke(request);
            return address == null ? "unknown" : address.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown";
        }
    }
}

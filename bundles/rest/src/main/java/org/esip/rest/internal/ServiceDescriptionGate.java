package org.esip.rest.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * CXF answers {@code ?_wadl} on any path with a description of every resource, before any resource method
 * (and so before {@link AuthenticationFilter}) is chosen: anyone could read the whole API's shape without
 * a token. The platform does not publish WADL: as the request arrives, the {@code _wadl} parameter is taken
 * out of its query, so the request is answered as the same request without it (a token where one is needed).
 */
final class ServiceDescriptionGate extends AbstractPhaseInterceptor<Message> {
    static final String WADL = "_wadl";

    ServiceDescriptionGate() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        Object query = message.get(Message.QUERY_STRING);
        if (query instanceof String q && asksForWadl(q)) {
            message.put(Message.QUERY_STRING, withoutWadl(q));
        }
    }

    static boolean asksForWadl(String rawQuery) {
        if (rawQuery == null) {
            return false;
        }
        return Arrays.stream(rawQuery.split("&")).anyMatch(ServiceDescriptionGate::isWadl);
    }

    static String withoutWadl(String rawQuery) {
        return Arrays.stream(rawQuery.split("&")).filter(p -> !p.isEmpty() && !isWadl(p))
                .collect(Collectors.joining("&"));
    }

    private static boolean isWadl(String pair) {
        String name = pair.split("=", 2)[0];
        return name.equalsIgnoreCase(WADL) || name.equalsIgnoreCase("%5Fwadl");
    }
}

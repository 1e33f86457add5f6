package org.esip.rest.internal;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.PreMatching;

import org.apache.cxf.jaxrs.model.wadl.WadlGenerator;

/**
 * CXF answers {@code ?_wadl} on any path with a description of every resource, before any resource method
 * (and so before {@link AuthenticationFilter}) is chosen: anyone could read the whole API's shape without
 * a token. The platform does not publish WADL; such a request is a 404 problem like any unknown address.
 * <p>
 * CXF runs its WADL generator ahead of every other pre-matching filter whatever their priority, and takes
 * a provider that is a {@link WadlGenerator} as that generator: so this gate is one, and never describes.
 */
@PreMatching
@Priority(1)
final class ServiceDescriptionGate extends WadlGenerator {
    static final String WADL = "_wadl";

    @Override
    public void filter(ContainerRequestContext request) {
        if (asksForWadl(request.getUriInfo().getRequestUri().getRawQuery())) {
            request.abortWith(Problem.response(404, "http.404", RestMessages.zh("http.404"), RestMessages.en("http.404"),
                    null, null, null));
        }
    }

    static boolean asksForWadl(String rawQuery) {
        if (rawQuery == null) {
            return false;
        }
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0];
            if (name.equalsIgnoreCase(WADL) || name.equalsIgnoreCase("%5Fwadl")) {
                return true;
            }
        }
        return false;
    }
}

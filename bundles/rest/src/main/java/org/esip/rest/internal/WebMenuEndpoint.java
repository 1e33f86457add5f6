package org.esip.rest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.identity.api.TokenService;
import org.esip.web.api.MenuEntry;
import org.esip.web.api.WebArea;
import org.esip.web.api.WebContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code GET /api/v1/web/menu?area=portal|workbench|dashboard}: the service lines' menu entries (web SPI,
 * {@link WebContribution}) the caller may see, for the pages' menus. A contribution registered by
 * feature:install is listed at once, and gone as soon as it is unregistered; nothing else restarts.
 */
@Component(service = {}, immediate = true)
public class WebMenuEndpoint {
    private final Map<WebContribution, Boolean> contributions = new ConcurrentHashMap<>();
    private final Bus bus;
    private final Server server;

    @Activate
    public WebMenuEndpoint(@Reference HTTPTransportFactory transport, @Reference TokenService tokens) {
        bus = JaxrsServers.newBus();
        server = JaxrsServers.start(bus, transport, RestApi.ADDRESS + "/web", List.of(new MenuResource()), tokens);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(WebContribution contribution) {
        contributions.put(contribution, Boolean.TRUE);
    }

    void removeContribution(WebContribution contribution) {
        contributions.remove(contribution);
    }

    @Deactivate
    void stop() {
        server.destroy();
        bus.shutdown(true);
    }

    /** One entry as the pages get it: where its module and texts are. */
    public record MenuItem(String lineId, String id, String area, String titleKey, String module, String messages) {
    }

    /** The answer: the entries in a stable order (by line, then as the line declared them). */
    public record Menu(String area, List<MenuItem> items) {
    }

    /** The caller's entries of {@code area} among {@code contributions}. */
    static List<MenuItem> entries(Iterable<WebContribution> contributions, WebArea area, Actor actor) {
        List<MenuItem> items = new ArrayList<>();
        for (WebContribution c : contributions) {
            List<MenuEntry> declared;
            try {
                declared = c.menuEntries();
            } catch (RuntimeException | LinkageError e) {
                continue;
            }
            for (MenuEntry e : declared == null ? List.<MenuEntry>of() : declared) {
                if (e.area() == area && (e.roles().isEmpty() || e.roles().stream().anyMatch(actor::has))) {
                    items.add(new MenuItem(c.lineId(), e.id(), area.name().toLowerCase(Locale.ROOT), e.titleKey(),
                            "/web/lines/" + c.lineId() + "/" + stripSlash(e.module()), "line." + c.lineId()));
                }
            }
        }
        items.sort(Comparator.comparing(MenuItem::lineId));
        return items;
    }

    private static String stripSlash(String module) {
        return module.startsWith("/") ? module.substring(1) : module;
    }

    @Path("/menu")
    @Produces(MediaType.APPLICATION_JSON)
    public class MenuResource {
        @GET
        public Menu menu(@Context SecurityContext sc, @QueryParam("area") String area) {
            Actor actor = Access.actor(sc);
            WebArea parsed = parseArea(area);
            return new Menu(parsed.name().toLowerCase(Locale.ROOT), entries(contributions.keySet(), parsed, actor));
        }
    }

    private static WebArea parseArea(String area) {
        List<FieldViolation> errors = new ArrayList<>();
        if (area == null || area.isBlank()) {
            errors.add(RestMessages.violation("area", "field.required"));
            Params.throwIfAny(errors);
        }
        try {
            return WebArea.valueOf(area.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(RestMessages.violation("area", "field.invalid-value", "portal, workbench, dashboard"));
            Params.throwIfAny(errors);
            throw e;
        }
    }
}

package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.STAFF;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;
import org.esip.line.api.IndicatorValue;
import org.esip.line.api.ServiceLineInfo;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.ServiceRecord;
import org.esip.ticketing.api.TicketFigures;
import org.esip.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/dashboard?county=&from=&to=}: every figure of the leaders' dashboard (clause 7.1),
 * computed here and nowhere else: the ticket figures of the period and county, the scorecard of each
 * organisation and expert that served them (the same record as {@code GET /organisations/{id}/record}),
 * and the service lines' indicators (the same as {@code GET /indicators}), among them the funnels a line
 * declares with codes {@code <line>.funnel.<step>} (the policy line: eligible → pushed → read → applied).
 * Staff, administrators and auditors. The figures are those computed at {@code measuredAt}: when they count
 * {@link #KEPT_FROM_TICKETS} tickets or more, they are kept and shown for {@link #FRESH} after that on this node,
 * and a reader of older ones gets them at once while their refresh runs; smaller ones are counted for every reader.
 */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = DashboardResource.class)
public class DashboardResource {
    private static final int SCORECARDS_MAX = 20;
    /** Figures of fewer tickets are counted again for every reader (at a million tickets counting takes seconds). */
    static final long KEPT_FROM_TICKETS = 50_000;
    /** How old the figures shown may be before a reader starts their refresh (issue 16). */
    static final Duration FRESH = Duration.ofSeconds(30);
    /** How many counties and periods are kept. */
    static final int PERIODS_KEPT = 64;

    private final TicketService tickets;
    private final ServiceLineRegistry lines;
    private final ExecutorService refresher;
    private final StaleWhileRefresh<List<Object>, Dashboard> computed;

    @Activate
    public DashboardResource(@Reference TicketService tickets, @Reference ServiceLineRegistry lines) {
        this.tickets = tickets;
        this.lines = lines;
        this.refresher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "esip-dashboard-refresh");
            t.setDaemon(true);
            return t;
        });
        this.computed = new StaleWhileRefresh<>(d -> d.tickets().total() >= KEPT_FROM_TICKETS, FRESH,
                PERIODS_KEPT, refresher, Clock.systemUTC());
    }

    @Deactivate
    void deactivate() {
        refresher.shutdownNow();
    }

    /** An organisation's or expert's record, with how many of the counted tickets it served. */
    public record Scorecard(AssigneeKind kind, long id, String name, long tickets, ServiceRecord record) {
    }

    /** One step of a service line's funnel. */
    public record FunnelStep(String lineId, String code, String nameZh, String nameEn, Number value) {
    }

    public record Dashboard(String county, LocalDate from, LocalDate to, Instant measuredAt, TicketFigures tickets,
            List<Scorecard> scorecards, List<IndicatorValue> indicators, List<FunnelStep> funnel) {
    }

    @GET
    @RolesAllowed({ADMIN, STAFF, AUDITOR})
    public Dashboard dashboard(@QueryParam("county") String county, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        List<FieldViolation> errors = new ArrayList<>();
        String c = county == null || county.isBlank() ? null : county.strip();
        if (c != null && !c.matches("\\d{6}")) {
            errors.add(RestMessages.violation("county", "dashboard.county"));
        }
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(RestMessages.violation("to", "dashboard.period"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"), errors);
        }
        // computed at most FRESH ago on this node, and dated (measuredAt) with when
        return computed.get(Arrays.asList(c, start, end), asOf -> dashboard(c, start, end, asOf)).value();
    }

    private Dashboard dashboard(String c, LocalDate start, LocalDate end, Instant asOf) {
        TicketFigures figures = tickets.figures(c, start, end);
        List<Scorecard> cards = figures.assignees().stream().limit(SCORECARDS_MAX)
                .map(a -> new Scorecard(a.kind(), a.id(), a.name(), a.tickets(), tickets.recordOf(a.kind(), a.id())))
                .toList();
        List<IndicatorValue> indicators = lines.measureIndicators();
        // A funnel's steps in the order its line declares them (the measured list is sorted by code).
        Map<String, Integer> declared = new HashMap<>();
        for (ServiceLineInfo line : lines.installed()) {
            for (int i = 0; i < line.indicators().size(); i++) {
                declared.put(line.id() + "/" + line.indicators().get(i).code(), i);
            }
        }
        List<FunnelStep> funnel = indicators.stream().filter(i -> i.code() != null && i.code().contains(".funnel."))
                .sorted(Comparator.comparing(IndicatorValue::lineId)
                        .thenComparing(i -> declared.getOrDefault(i.lineId() + "/" + i.code(), Integer.MAX_VALUE)))
                .map(i -> new FunnelStep(i.lineId(), i.code(), i.nameZh(), i.nameEn(), i.value())).toList();
        return new Dashboard(c, start, end, asOf, figures, cards, indicators, funnel);
    }

    private static LocalDate date(String name, String value, List<FieldViolation> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(RestMessages.violation(name, "param.not-date"));
            return null;
        }
    }
}

package org.esip.line.training.internal;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.ValidationException;
import org.esip.line.kit.FieldChecks;
import org.esip.line.kit.LineAccess;
import org.esip.line.kit.RequestParams;
import org.esip.line.training.api.TrainingTopic;

/** The indicators of clause 5.2.3.4 at {@code /api/v1/lines/training/statistics}. */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    private final Outcomes outcomes;

    StatisticsResource(Outcomes outcomes) {
        this.outcomes = outcomes;
    }


    /**
     * Sessions held, 参与人次, attendance rate, satisfaction and effect (clause 5.2.3.4) in total and by topic, county
     * and month; filtered by {@code topic}, {@code region} (code prefix), {@code from}/{@code to} (dates of the
     * sessions) and {@code sessionId}. Readers.
     */
    @GET
        public Outcomes.Statistics statistics(@Context SecurityContext sc, @QueryParam("topic") String topic,
            @QueryParam("region") String region, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sessionId") String sessionId) {
        LineAccess.reader(sc.getUserPrincipal());
        FieldChecks checks = new FieldChecks(TrainingTexts.TEXTS);
        TrainingTopic t = Parse.enumValue(checks, TrainingTopic.class, "topic", topic);
        LocalDate f = Parse.date(checks, "from", from);
        LocalDate u = Parse.date(checks, "to", to);
        String r = Parse.text(region);
        checks.check("region", r == null || r.matches("\\d{2,12}"), "training.region-code");
        checks.notBefore("to", u, f);
        Long session = null;
        try {
            session = RequestParams.optionalLong("sessionId", sessionId);
        } catch (ValidationException e) {
            e.violations().forEach(checks::add);
        }
        checks.throwIfAny();
        return outcomes.statistics(new Outcomes.Filter(t, r, f, u, session));
    }
}

package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * Every service line of issues 14 and 15, and the policy line's pushes, on PostgreSQL (clauses 5.2.3–5.2.6, 5.1.3, 5.3): each line is installed
 * live into one distribution on a fresh PostgreSQL database and its whole REST flow — the same flow its Derby suite
 * runs — passes here too: its own migrations on PostgreSQL, its tickets in the closed loop, its indicators.
 * PostgreSQL is required; the suite fails when it cannot be reached.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LinesPostgresIT extends EsipTestSupport {
    @Inject
    @Filter("(osgi.jndi.service.name=esip)")
    protected DataSource dataSource;
    private static final String DATABASE = PostgresDatabase.PREFIX + "_all_lines";

    @Configuration
    public Option[] config() {
        PostgresDatabase.createAfresh(DATABASE);
        return distribution(replaceConfigurationFile("etc/org.ops4j.datasource-esip.cfg",
                PostgresDatabase.datasource("org.ops4j.datasource-esip-all-lines.cfg", DATABASE)));
    }

    private void install(String line, String probe) {
        await("the features service knows esip-line-" + line,
                () -> console("feature:list").contains("esip-line-" + line));
        console("feature:install esip-line-" + line);
        awaitStatus(probe, 200);
    }

    private void onPostgres() {
        assertEquals("PostgreSQL", Json.string(awaitStatus("/health", 200).body(), "databaseProduct"));
    }

    @Test
    public void theTrainingLineOnPostgres_5_2_3() throws Exception {
        onPostgres();
        install("training", "/lines/training/courses");
        new TrainingLineFlow(this).run();
    }

    @Test
    public void theVolunteerLineOnPostgres_5_2_6() throws Exception {
        onPostgres();
        install("volunteer", "/lines/volunteer/activities");
        new VolunteerLineFlow(this).run();
    }

    @Test
    public void theOutreachLineOnPostgres_5_1_3() throws Exception {
        onPostgres();
        install("outreach", "/lines/outreach/campaigns");
        new OutreachLineFlow(this).run();
    }

    @Test
    public void theTechnicalLineOnPostgres_5_2_4() throws Exception {
        onPostgres();
        install("technical", "/lines/technical/offers");
        new TechnicalLineFlow(this).run();
    }

    @Test
    public void countySpecialtyLinesOnPostgres_5_3() throws Exception {
        onPostgres();
        install("specialty", "/lines/specialty/definitions");
        new SpecialtyLineFlow(this).run();
    }

    @Test
    public void theConsultingLineOnPostgres_5_2_5() throws Exception {
        onPostgres();
        install("consulting", "/lines/consulting/services");
        new ConsultingLineFlow(this).run();
    }

    /**
     * A published policy's pushes (clause 5.2.1.2) reach every eligible enterprise in its inbox and through the channels
     * it keeps, each push linked to its notice, each delivery sent once; one that turned SMS off gets the inbox entry
     * alone. On PostgreSQL a batch's notices are one statement and their deliveries another (issue 16), so this checks
     * what those statements store.
     */
    @Test
    public void thePolicyLinesPushesReachEachEligibleEnterpriseOnItsChannels_5_2_1_2() throws Exception {
        onPostgres();
        install("policy", "/lines/policy/policies");
        String staff = tokenOfNewAccount("STAFF", "");
        List<Long> reached = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reached.add(Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330328MA2Q0P0" + i + "1")
                    + "\",\"name\":\"文成推送留存" + i + "有限公司\",\"regionCode\":\"330328\",\"contactPhone\":\"1395770010"
                    + i + "\"}").body(), "id"));
        }
        String quiet = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + reached.get(2));
        assertEquals(200, put("/notifications/channels", "{\"sms\":false}", quiet).statusCode());
        HttpResponse<String> created = post("/lines/policy/policies", "{\"title\":\"文成县小微企业推送留存政策\","
                + "\"documentNumber\":\"文政发〔2026〕9号\",\"issuer\":\"文成县经济和信息化局\",\"level\":\"COUNTY\","
                + "\"regionCode\":\"330328\",\"category\":\"FUNDING\",\"effectiveFrom\":\"2026-01-01\","
                + "\"expiresOn\":\"2028-12-31\",\"summary\":\"推送留存\",\"benefitWan\":5,\"benefit\":\"最高 5 万元\","
                + "\"handlingMode\":\"ONLINE_APPLICATION\",\"materials\":[\"申请表\"],"
                + "\"eligibility\":[{\"regionPrefixes\":[\"330328\"]}]}", staff);
        assertEquals(created.body(), 201, created.statusCode());
        long policy = Json.number(created.body(), "id");
        assertEquals(200, post("/lines/policy/policies/" + policy + "/publish", "{\"version\":"
                + Json.number(created.body(), "version") + "}", staff).statusCode());
        await("the pushes of policy " + policy + " are done", () -> get("/lines/policy/policies/" + policy
                + "/push-progress", staff).body().contains("\"done\":true"));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT"
                + " p.NOTIFICATION_ID, n.ENTERPRISE_ID, n.TOPIC, n.TITLE_ZH, n.CREATED_AT, n.TICKET_ID, n.USERNAME"
                + " FROM POLICY_PUSH p JOIN NOTIFICATION n ON n.ID = p.NOTIFICATION_ID"
                + " WHERE p.POLICY_ID = ? AND p.ENTERPRISE_ID = ? AND p.OUTCOME = 'SENT'")) {
            for (long enterprise : reached) {
                ps.setLong(1, policy);
                ps.setLong(2, enterprise);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue("the push to " + enterprise + " and its notice", rs.next());
                    long notice = rs.getLong(1);
                    assertEquals(enterprise, rs.getLong(2));
                    assertEquals("policy.push", rs.getString(3));
                    assertContains(rs.getString(4), "文成县小微企业推送留存政策");
                    assertTrue(rs.getTimestamp(5) != null);
                    rs.getLong(6);
                    assertTrue("no ticket", rs.wasNull());
                    assertEquals(null, rs.getString(7));
                    assertFalse("one push each", rs.next());
                    String deliveries = get("/notifications/" + notice + "/deliveries").body();
                    if (enterprise == reached.get(2)) {
                        assertEquals("the inbox only", "[]", deliveries);
                    } else {
                        await("the SMS of notice " + notice + " is SENT", () -> get("/notifications/" + notice
                                + "/deliveries").body().contains("\"channel\":\"sms\",\"status\":\"SENT\",\"attempts\":1"));
                        assertEquals(deliveries, deliveries.indexOf("\"channel\":\"sms\""),
                                deliveries.lastIndexOf("\"channel\":\"sms\""));
                    }
                }
            }
        }
        assertContains(get("/notifications?unread=true", quiet).body(), "文成县小微企业推送留存政策");
    }

    private static String code(String first17) {
        return first17 + PlatformIT.checkCharacter(first17);
    }
}

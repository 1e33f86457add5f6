package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The staff workbench and the leaders' dashboard (issue 11) on the real distribution with the Wenzhou demo
 * data and its demo accounts: the steps the server offers each caller, the work queues, the dashboard's
 * figures, and the end-to-end flow in a real browser.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkbenchIT extends EsipTestSupport {
    static final String DEMO_PASSWORD = "Demo-Wenzhou-2026";

    @Configuration
    public Option[] config() {
        // The demo data brings the demo accounts the pages are tried with (README, "The first five minutes").
        return distribution(editConfigurationFilePut("etc/org.esip.platform.cfg", "demoData", "true"));
    }

    private static volatile boolean policyInstalled;

    /** The demo data and its accounts are loaded at first start; the policy line is installed once. */
    private void ready() {
        adminToken();
        await("the demo accounts exist", () -> post("/auth/token", "{\"username\":\"demo-staff\",\"password\":\""
                + DEMO_PASSWORD + "\"}", null).statusCode() == 200);
        if (!policyInstalled) {
            await("the features service knows esip-line-policy", () -> console("feature:list").contains("esip-line-policy"));
            if (!console("feature:list -i").contains("esip-line-policy")) {
                console("feature:install esip-line-policy");
            }
            awaitStatus("/lines/policy/policies", 200);
            policyInstalled = true;
        }
    }

    private String demo(String who) {
        return token("demo-" + who, DEMO_PASSWORD);
    }

    /** The number a regular expression's first group finds in the text. */
    static long at(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        if (!m.find()) {
            return 0;
        }
        return Long.parseLong(m.group(1));
    }

    static String steps(String stepsJson) {
        Matcher m = Pattern.compile("\"allowedSteps\":\\[([^\\]]*)\\]").matcher(stepsJson);
        assertTrue(stepsJson, m.find());
        return m.group(1).replace("\"", "");
    }

    private String stepsOf(long ticket, String token) {
        HttpResponse<String> r = get("/tickets/" + ticket + "/steps", token);
        assertEquals(r.body(), 200, r.statusCode());
        return steps(r.body());
    }

    private long submit(String token, String title) {
        HttpResponse<String> r = post("/tickets", "{\"kind\":\"DEMAND\",\"title\":\"" + title
                + "\",\"description\":\"我们需要检验检测服务，产品出口前要做型式试验。\",\"domain\":\"INSPECTION_TESTING\"}", token);
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    /**
     * Each caller gets the steps the ticket allows now that are its own (Appendix A; clauses 5.4, 6.1 a):
     * staff the platform's, the organisation it is dispatched to its offer, the enterprise its evaluation;
     * a low grade owes a correction before the ticket may close (5.4.2).
     */
    @Test
    public void theServerSaysWhichStepsEachCallerMayTakeNow_5_4() {
        ready();
        String enterprise = demo("enterprise");
        String staff = demo("staff");
        String org = demo("org");
        String auditor = demo("auditor");
        long orgId = Json.number(get("/auth/me", org).body(), "organisationId");
        long id = submit(enterprise, "出口产品型式试验（允许步骤）");

        assertEquals("accept,reject,request-info,merge,decline-revisits,links,attachments", stepsOf(id, staff));
        assertEquals("decline-revisits,attachments", stepsOf(id, enterprise));
        assertEquals("an auditor reads but takes no step", "", stepsOf(id, auditor));
        // Not dispatched to it: the same 404 as a missing ticket (issue 13, no probing of ids).
        assertEquals("not dispatched to it", 404, get("/tickets/" + id + "/steps", org).statusCode());
        assertEquals(404, get("/tickets/999999/steps", staff).statusCode());

        step(id, "accept", "", staff);
        assertEquals("assign,merge,decline-revisits,links,attachments", stepsOf(id, staff));
        step(id, "assign", "\"assignment\":{\"kind\":\"ORGANISATION\",\"id\":" + orgId + "}", staff);
        assertEquals("sign,return,attachments", stepsOf(id, org));
        step(id, "sign", "", org);
        assertEquals("return,start,time-requests,attachments", stepsOf(id, org));
        step(id, "start", "\"remark\":\"两周内完成型式试验\"", org);
        step(id, "time-requests", "\"kind\":\"EXTENSION\",\"workingDays\":3,\"reason\":\"样品需补寄\"", org);
        assertEquals("resolve,attachments", stepsOf(id, org));
        assertTrue("staff decide the organisation's request", stepsOf(id, staff).contains("time-decision"));
        step(id, "time-decision", "\"approve\":true", staff);
        step(id, "resolve", "\"result\":\"型式试验完成，报告已出具\"", org);
        assertEquals("feedback,decline-revisits,links,attachments", stepsOf(id, staff));
        step(id, "feedback", "", staff);
        assertEquals("evaluate,decline-revisits,attachments", stepsOf(id, enterprise));
        step(id, "evaluate", "\"grade\":\"DISSATISFIED\",\"comment\":\"报告晚了\"", enterprise);
        String owed = stepsOf(id, staff);
        assertTrue(owed, owed.contains("correction"));
        assertFalse("a correction is owed before closing: " + owed, owed.contains("close"));
        assertEquals("correction,attachments", stepsOf(id, org));
        step(id, "correction", "\"remark\":\"已约谈机构并缩短出具周期\"", staff);
        assertTrue(stepsOf(id, staff).startsWith("close"));
        step(id, "close", "", staff);
        assertEquals("revisits,decline-revisits,links", stepsOf(id, staff));
        assertEquals("decline-revisits", stepsOf(id, enterprise));
    }

    /** The workbench's queues: new, mine as first-inquiry owner (首问负责), overdue, problem, waiting for a decision. */
    @Test
    public void theQueuesHoldWhatWaitsForStaff_6_1() {
        ready();
        String enterprise = demo("enterprise");
        String staff = demo("staff");
        long id = submit(enterprise, "出口产品型式试验（队列）");
        assertTrue(get("/tickets?queue=new&size=200", staff).body().contains("\"id\":" + id + ","));
        assertFalse(get("/tickets?queue=mine&size=200", staff).body().contains("\"id\":" + id + ","));
        step(id, "accept", "", staff);
        assertFalse(get("/tickets?queue=new&size=200", staff).body().contains("\"id\":" + id + ","));
        assertTrue("demo-staff took it first and owns it",
                get("/tickets?queue=mine&size=200", staff).body().contains("\"id\":" + id + ","));
        long orgId = Json.number(get("/auth/me", demo("org")).body(), "organisationId");
        step(id, "assign", "\"assignment\":{\"kind\":\"ORGANISATION\",\"id\":" + orgId + "}", staff);
        step(id, "return", "\"reason\":\"不在本机构服务范围\"", demo("org"));
        assertTrue("a returned ticket waits for the platform's decision",
                get("/tickets?queue=waiting&size=200", staff).body().contains("\"id\":" + id + ","));
        assertEquals(200, get("/tickets?queue=overdue", staff).statusCode());
        assertEquals(200, get("/tickets?queue=problem", demo("auditor")).statusCode());
        HttpResponse<String> bad = get("/tickets?queue=later", staff);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"queue\""));
        assertEquals("queues are the platform's", 403, get("/tickets?queue=new", enterprise).statusCode());
    }

    /**
     * The dashboard's figures come from one endpoint and are the API's own: the organisation's scorecard is
     * its record, the funnel is the policy line's indicators (clause 7.1); bad filters name the field.
     */
    @Test
    public void theDashboardCountsWhatHappened_7_1() {
        ready();
        String staff = demo("staff");
        String leader = demo("auditor");
        String before = get("/dashboard", leader).body();
        long total = at(before, "\"total\":(\\d+)");
        long dissatisfied = at(before, "\"grades\":\\{[^}]*\"DISSATISFIED\":(\\d+)");
        long needed = at(before, "\"corrections\":\\{\"needed\":(\\d+)");
        long online = at(before, "\"byChannel\":\\{[^}]*\"ONLINE\":(\\d+)");
        assertTrue(before, total >= 6);

        String enterprise = demo("enterprise");
        String org = demo("org");
        long orgId = Json.number(get("/auth/me", org).body(), "organisationId");
        long id = submit(enterprise, "出口产品型式试验（看板）");
        step(id, "accept", "", staff);
        step(id, "assign", "\"assignment\":{\"kind\":\"ORGANISATION\",\"id\":" + orgId + "}", staff);
        step(id, "sign", "", org);
        step(id, "start", "\"remark\":\"两周\"", org);
        step(id, "resolve", "\"result\":\"完成\"", org);
        step(id, "feedback", "", staff);
        step(id, "evaluate", "\"grade\":\"DISSATISFIED\"", enterprise);
        step(id, "correction", "\"remark\":\"整改\"", staff);
        step(id, "close", "", staff);

        String after = get("/dashboard", leader).body();
        assertEquals(total + 1, at(after, "\"total\":(\\d+)"));
        assertEquals(online + 1, at(after, "\"byChannel\":\\{[^}]*\"ONLINE\":(\\d+)"));
        assertEquals(dissatisfied + 1, at(after, "\"grades\":\\{[^}]*\"DISSATISFIED\":(\\d+)"));
        assertEquals(needed + 1, at(after, "\"corrections\":\\{\"needed\":(\\d+)"));
        // The console computes the same figures (esip:figures).
        String console = console("esip:figures");
        assertEquals(console, total + 1, at(console, "需求总数 Demands\\s*\\|\\s*(\\d+)"));
        // The organisation's scorecard is its record, as GET /organisations/{id}/record answers it.
        String record = get("/organisations/" + orgId + "/record", staff).body();
        Matcher card = Pattern.compile("\"kind\":\"ORGANISATION\",\"id\":" + orgId + ",\"name\":\"[^\"]*\",\"tickets\":\\d+,"
                + "\"record\":(\\{[^}]*\\})").matcher(after);
        assertTrue(after, card.find());
        assertEquals(record, card.group(1));
        // The county filter: 鹿城 (demo-enterprise's county) counts it, 泰顺 not.
        String lucheng = get("/dashboard?county=330302", leader).body();
        assertTrue(lucheng, at(lucheng, "\"byCounty\":\\{\"330302\":(\\d+)") >= 1);
        assertFalse(get("/dashboard?county=330329", leader).body().contains("\"330302\""));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertTrue(at(get("/dashboard?from=" + today + "&to=" + today, leader).body(), "\"total\":(\\d+)") >= 1);
        assertEquals(0, at(get("/dashboard?from=2001-01-01&to=2001-12-31", leader).body(), "\"total\":(\\d+)"));
        // The funnel is the policy line's indicators, as GET /indicators gives them.
        String indicators = get("/indicators", leader).body();
        for (String step : new String[] {"eligible", "pushed", "read", "applied"}) {
            long value = at(indicators, "\"code\":\"policy.funnel." + step + "\"[^}]*\"value\":(\\d+)");
            assertTrue(after, after.contains("\"code\":\"policy.funnel." + step + "\""));
            assertEquals(step, value, at(after, "\"funnel\":\\[.*?\"code\":\"policy.funnel." + step + "\"[^}]*\"value\":(\\d+)"));
        }

        HttpResponse<String> bad = get("/dashboard?county=33&from=2026-13-01&to=x", leader);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"county\"") && bad.body().contains("\"from\"")
                && bad.body().contains("\"to\"") && bad.body().contains("6 位区划代码"));
        HttpResponse<String> backwards = get("/dashboard?from=2026-12-01&to=2026-11-01", leader);
        assertEquals(400, backwards.statusCode());
        assertTrue(backwards.body(), backwards.body().contains("结束日期早于开始日期"));
        assertEquals("leaders' figures are not an enterprise's", 403, get("/dashboard", enterprise).statusCode());
        assertEquals(401, get("/dashboard", null).statusCode());
    }
}

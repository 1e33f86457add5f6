package org.esip.itests;

import static org.esip.itests.EsipTestSupport.assertContains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The outreach line's whole REST flow (助企行, clauses 5.1.3 b, c; 5.4.1.1 a) on a running platform with the line
 * installed, for any database: a themed campaign whose targets are chosen by conditions (each with its reason),
 * visit plans (one by one and imported, all or nothing), a visit whose demands become tickets of the closed loop
 * (channel VISIT), the results per township centre read from the tickets, bad input naming every field with nothing
 * half-stored, who sees what, and the line's indicators.
 */
final class OutreachLineFlow {
    private final EsipTestSupport t;

    OutreachLineFlow(EsipTestSupport test) {
        this.t = test;
    }

    private static final String BASE = "/lines/outreach";

    void run() {
        String run = String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        LocalDate today = EsipTestSupport.platformToday();
        String staff = t.tokenOfNewAccount("STAFF", "");
        long point = id(t.post("/service-points", "{\"code\":\"330304-OR-" + run + "\",\"name\":\"娄桥街道企业服务中心" + run
                + "\",\"kind\":\"TOWNSHIP_CENTRE\",\"regionCode\":\"330304\",\"township\":\"娄桥街道\"}"));
        long window = id(t.post("/service-points", "{\"code\":\"330304-OW-" + run + "\",\"name\":\"瓯海区政务窗口" + run
                + "\",\"kind\":\"PLATFORM_WINDOW\",\"regionCode\":\"330304\"}"));
        String visitorName = "走访员" + run;
        long visitor = id(t.post("/staff", "{\"name\":\"" + visitorName + "\",\"post\":\"ENTERPRISE_SERVICE\",\"fullTime\":true,"
                + "\"phone\":\"13700000011\",\"servicePointIds\":[" + point + "]}"));
        String code1 = code("91330304" + run);
        String code2 = code("91330304" + run.substring(1) + "7");
        long e1 = enterprise(code1, "瓯海娄桥眼镜制造有限公司" + run, "330304");
        long e2 = enterprise(code2, "瓯海娄桥鞋业有限公司" + run, "330304");
        long e3 = enterprise(code("91330302" + run.substring(2) + "55"), "鹿城眼镜配件有限公司" + run, "330302");
        String company = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e1);
        String otherCompany = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e2);
        int campaignsBefore = count(t.get(BASE + "/campaigns", staff).body(), "\"theme\"");

        // Clause 5.1.3 b: a campaign validated field by field; nothing stored from a bad request.
        HttpResponse<String> bad = t.post(BASE + "/campaigns", "{\"theme\":\"\",\"startsOn\":\"2026-13-01\",\"endsOn\":\"soon\","
                + "\"regionPrefix\":\"33a\",\"industryPrefix\":\"38\",\"size\":\"HUGE\",\"tag\":\"没有这个标签\",\"staffIds\":[987654321],"
                + "\"organisationIds\":[987654321],\"expertIds\":[987654321],\"servicePointIds\":[" + window + "]}", staff);
        assertEquals(bad.body(), 400, bad.statusCode());
        assertContains(bad.headers().firstValue("Content-Type").orElse(""), "application/problem+json");
        for (String f : new String[] {"theme", "startsOn", "endsOn", "regionPrefix", "industryPrefix", "size", "tag", "staffIds",
            "organisationIds", "expertIds", "servicePointIds"}) {
            assertContains(bad.body(), "\"field\":\"" + f + "\"");
        }
        HttpResponse<String> noConditions = t.post(BASE + "/campaigns", "{\"theme\":\"安全生产进企业\",\"startsOn\":\""
                + today + "\",\"endsOn\":\"" + today.minusDays(1) + "\",\"staffIds\":[" + visitor + "]}", staff);
        assertEquals(400, noConditions.statusCode());
        assertContains(noConditions.body(), "\"field\":\"conditions\"");
        assertContains(noConditions.body(), "\"field\":\"endsOn\"");
        String campaignJson = "{\"theme\":\"数字化改造进园区\",\"description\":\"走进瓯海眼镜小镇，宣讲数字化改造政策并收集诉求\","
                + "\"startsOn\":\"" + today.minusDays(10) + "\",\"endsOn\":\"" + today.plusDays(20) + "\",\"regionPrefix\":\"330304\","
                + "\"industryPrefix\":\"C3587\",\"staffIds\":[" + visitor + "],\"servicePointIds\":[" + point + "]}";
        assertEquals(403, t.post(BASE + "/campaigns", campaignJson, company).statusCode());
        assertEquals(403, t.get(BASE + "/campaigns", company).statusCode());
        assertEquals(campaignsBefore, count(t.get(BASE + "/campaigns", staff).body(), "\"theme\""));

        HttpResponse<String> created = t.post(BASE + "/campaigns", campaignJson, staff);
        assertEquals(created.body(), 201, created.statusCode());
        long campaign = id(created);
        String c = BASE + "/campaigns/" + campaign;
        // Targets through the core's enterprise query, each with the reason it was chosen.
        String targets = t.get(c + "/targets", staff).body();
        assertContains(targets, "瓯海娄桥眼镜制造有限公司" + run);
        assertContains(targets, "瓯海娄桥鞋业有限公司" + run);
        assertFalse(targets, targets.contains("鹿城眼镜配件有限公司" + run));
        assertContains(targets, "区划 330304");
        assertContains(targets, "行业 C3587");
        assertEquals(404, t.get(BASE + "/campaigns/987654321", staff).statusCode());
        assertEquals(404, t.get(BASE + "/campaigns/abc", staff).statusCode());

        // Visit plans: the date within the campaign's period, no second plan for one enterprise.
        HttpResponse<String> emptyPlan = t.post(c + "/plans", "{}", staff);
        assertEquals(400, emptyPlan.statusCode());
        for (String f : new String[] {"enterpriseId", "plannedOn", "visitorIds"}) {
            assertContains(emptyPlan.body(), "\"field\":\"" + f + "\"");
        }
        HttpResponse<String> late = t.post(c + "/plans", plan(e1, today.plusDays(30), visitor, point), staff);
        assertEquals(late.body(), 400, late.statusCode());
        assertContains(late.body(), "\"field\":\"plannedOn\"");
        HttpResponse<String> elsewhere = t.post(c + "/plans", plan(e1, today.plusDays(1), visitor, window), staff);
        assertEquals(400, elsewhere.statusCode());
        assertContains(elsewhere.body(), "\"field\":\"servicePointId\"");
        HttpResponse<String> planned = t.post(c + "/plans", plan(e1, today.plusDays(1), visitor, point), staff);
        assertEquals(planned.body(), 201, planned.statusCode());
        long plan = id(planned);
        HttpResponse<String> again = t.post(c + "/plans", plan(e1, today.plusDays(2), visitor, point), staff);
        assertEquals(again.body(), 409, again.statusCode());
        assertContains(again.body(), "enterpriseId");

        // Import of plans: every row's problems, and nothing stored; then the good table.
        String header = "统一社会信用代码,计划走访日期,走访人员,镇街服务中心\n";
        HttpResponse<String> badTable = t.postBytes(c + "/plans/import", (header + code2 + "," + today.plusDays(3) + ","
                + visitorName + ",娄桥街道企业服务中心" + run + "\n91330304000000000X,明天,查无此人,\n").getBytes(StandardCharsets.UTF_8),
                "text/csv", staff);
        assertEquals(badTable.body(), 400, badTable.statusCode());
        assertContains(badTable.body(), "统一社会信用代码");
        assertContains(badTable.body(), "计划走访日期");
        assertContains(badTable.body(), "走访人员");
        assertEquals(1, count(t.get(c + "/plans", staff).body(), "\"plannedOn\""));
        HttpResponse<String> imported = t.postBytes(c + "/plans/import", (header + code2 + "," + today.plusDays(3) + ","
                + visitorName + ",娄桥街道企业服务中心" + run + "\n").getBytes(StandardCharsets.UTF_8), "text/csv", staff);
        assertEquals(imported.body(), 200, imported.statusCode());
        assertContains(imported.body(), "\"stored\":1");
        assertEquals(2, count(t.get(c + "/plans", staff).body(), "\"plannedOn\""));

        // A visit outside the period, or with a demand lacking its title: 400 naming the field, nothing stored.
        HttpResponse<String> early = t.post(c + "/visits", visit(plan, today.minusDays(20), "[]"), staff);
        assertEquals(early.body(), 400, early.statusCode());
        assertContains(early.body(), "\"field\":\"visitedOn\"");
        HttpResponse<String> untitled = t.post(c + "/visits", visit(plan, today, "[{\"title\":\"\",\"description\":\"x\"}]"), staff);
        assertEquals(400, untitled.statusCode());
        assertContains(untitled.body(), "\"field\":\"demands[0].title\"");
        assertEquals("[]", t.get(c + "/visits", staff).body());

        // Clause 5.4.1.1 a: each demand collected on the visit is a ticket of the closed loop, channel VISIT.
        String visitJson = visit(plan, today, "[{\"title\":\"数字化改造补助申报辅导\","
                + "\"description\":\"企业计划购置智能磨边设备，希望了解技改补助申报条件\"},{\"title\":\"设备上云咨询\","
                + "\"description\":\"希望对接工业互联网平台服务商\"}]");
        String key = "visit-" + run;
        HttpResponse<String> visited = postWithKey(c + "/visits", visitJson, staff, key);
        assertEquals(visited.body(), 201, visited.statusCode());
        long ticket = Json.number(visited.body(), "ticketId");
        // The client retries (a lost reply) with the same key: the same visit, no second visit or ticket.
        HttpResponse<String> retried = postWithKey(c + "/visits", visitJson, staff, key);
        assertEquals(Json.number(visited.body(), "id"), Json.number(retried.body(), "id"));
        assertEquals(ticket, Json.number(retried.body(), "ticketId"));
        assertEquals(1, count(t.get(c + "/visits", staff).body(), "\"visitedOn\""));
        String ticketJson = t.get("/tickets/" + ticket).body();
        assertEquals("VISIT", Json.string(ticketJson, "channel"));
        assertEquals("outreach.visit-demand", Json.string(ticketJson, "category"));
        assertEquals(e1, Json.number(ticketJson, "enterpriseId"));
        assertEquals(2, count(visited.body(), "\"ticketId\":"));
        assertFalse(visited.body(), visited.body().contains("\"ticketId\":null"));

        // The ticket travels the loop; the results read its status and rating.
        t.step(ticket, "accept", "\"remark\":\"走访收集\"", staff);
        t.step(ticket, "assign", "\"assignment\":{\"kind\":\"STAFF\",\"id\":" + visitor + "}", staff);
        t.step(ticket, "sign", "", t.tokenOfNewAccount("STAFF", "\"staffId\":" + visitor));
        t.step(ticket, "start", "\"remark\":\"约定本周上门辅导\"", staff);
        t.step(ticket, "resolve", "\"result\":\"已辅导企业完成技改补助申报\",\"fee\":0", staff);
        t.step(ticket, "feedback", "", staff);
        t.step(ticket, "evaluate", "\"grade\":\"VERY_SATISFIED\",\"comment\":\"上门服务很及时\"", company);
        String results = t.get(c + "/results", staff).body();
        assertEquals(2, Json.number(results, "planned"));
        assertEquals(1, Json.number(results, "visitedPlanned"));
        assertEquals(1, Json.number(results, "enterprisesVisited"));
        assertEquals(2, Json.number(results, "demands"));
        assertEquals(1, Json.number(results, "resolved"));
        assertEquals(1, Json.number(results, "rated"));
        assertContains(results, "\"satisfactionRate\":100.0");
        // Clause 5.1.3 c: what the township centre delivered.
        assertContains(results, "\"servicePointId\":" + point + ",\"name\":\"娄桥街道企业服务中心" + run
                + "\",\"visits\":1,\"demands\":2,\"resolved\":1");

        // Who sees what: an enterprise its own visits only; auditors read; staff only maintain.
        assertContains(t.get(BASE + "/visits", company).body(), "数字化改造补助申报辅导");
        assertEquals("[]", t.get(BASE + "/visits", otherCompany).body());
        assertEquals(403, t.get(BASE + "/visits?enterpriseId=" + e1, otherCompany).statusCode());
        String auditor = t.tokenOfNewAccount("AUDITOR", "");
        assertEquals(200, t.get(c + "/results", auditor).statusCode());
        assertEquals(403, t.post(c + "/plans", plan(e3, today, visitor, point), auditor).statusCode());
        assertEquals(401, t.get(BASE + "/campaigns", null).statusCode());

        String indicators = t.get("/indicators").body();
        for (String code : new String[] {"outreach.campaigns", "outreach.visits", "outreach.demands", "outreach.demands-resolved"}) {
            assertContains(indicators, "\"code\":\"" + code + "\"");
        }
        assertTrue(t.get("/service-lines").body().contains("助企行"));
    }

    private HttpResponse<String> postWithKey(String path, String json, String token, String key) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(t.api(path))).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long enterprise(String code, String name, String region) {
        HttpResponse<String> r = t.post("/enterprises", "{\"creditCode\":\"" + code + "\",\"name\":\"" + name
                + "\",\"regionCode\":\"" + region + "\",\"township\":\"娄桥街道\",\"industryCode\":\"C3587\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private static String plan(long enterprise, LocalDate on, long visitor, long point) {
        return "{\"enterpriseId\":" + enterprise + ",\"plannedOn\":\"" + on + "\",\"visitorIds\":[" + visitor
                + "],\"servicePointId\":" + point + "}";
    }

    private static String visit(long plan, LocalDate on, String demands) {
        return "{\"planId\":" + plan + ",\"visitedOn\":\"" + on + "\",\"findings\":\"企业有数字化改造意向，缺少技改资金与上云方案\","
                + "\"demands\":" + demands + "}";
    }

    private static long id(HttpResponse<String> r) {
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String code(String first17) {
        return first17 + PlatformIT.checkCharacter(first17);
    }
}

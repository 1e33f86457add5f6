package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The consulting and matchmaking line's whole REST flow (clause 5.2.5), reusable on any database: consulting
 * requests as tickets, supplies and demands with their explained two-way match, introductions to their outcome,
 * a matchmaking event with sign-ups, import all-or-nothing, export, indicators; bad input named field by field.
 * Expects the feature {@code esip-line-consulting} installed.
 */
public class ConsultingLineFlow {
    private static final String P = "/lines/consulting";
    private final EsipTestSupport t;
    /** The demand posted by the enterprise user, found by the IT afterwards. */
    long demandId;
    long supplyId;

    public ConsultingLineFlow(EsipTestSupport test) {
        this.t = test;
    }

    private long enterprise(String first17, String name, String region) {
        HttpResponse<String> r = t.post("/enterprises", "{\"creditCode\":\"" + EnterpriseRegistryIT.code(first17)
                + "\",\"name\":\"" + name + "\",\"regionCode\":\"" + region + "\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private static void assertFields(HttpResponse<String> r, int status, String... fields) {
        assertEquals(r.body(), status, r.statusCode());
        for (String f : fields) {
            EsipTestSupport.assertContains(r.body(), "\"field\":\"" + f + "\"");
        }
    }

    /** Clause 5.2.5 end to end. */
    public void run() {
        String suffix = Long.toString(System.nanoTime() % 100_000_000L);
        String digits = String.format("%08d", Long.parseLong(suffix));
        long a = enterprise("91330302MA" + digits.substring(0, 7), "温州鹿城对接测试电气有限公司" + suffix, "330302");
        long b = enterprise("91330303MA" + digits.substring(1, 8), "温州龙湾对接测试资本有限公司" + suffix, "330303");
        String staff = t.tokenOfNewAccount("STAFF", "");
        String userA = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + a);

        // 5.2.5 consulting services and requests: a ticket of consulting.request, stored with the request
        EsipTestSupport.assertContains(t.get(P + "/services", userA).body(), "法律咨询");
        assertFields(t.post(P + "/requests", "{\"service\":\"ASTROLOGY\",\"subject\":\"\"}", userA), 400,
                "service", "subject");
        HttpResponse<String> req = t.post(P + "/requests", "{\"service\":\"LEGAL\",\"subject\":\"劳动合同纠纷咨询"
                + suffix + "\",\"description\":\"员工离职竞业限制条款\"}", userA);
        assertEquals(req.body(), 201, req.statusCode());
        long ticket = Json.number(req.body(), "ticketId");
        HttpResponse<String> tk = t.get("/tickets/" + ticket, staff);
        assertEquals(tk.body(), 200, tk.statusCode());
        EsipTestSupport.assertContains(tk.body(), "consulting.request");
        assertEquals(403, t.post(P + "/requests", "{\"service\":\"LEGAL\",\"subject\":\"x\",\"enterpriseId\":" + b + "}",
                userA).statusCode());
        assertFalse(t.get(P + "/requests", userA).body().contains("\"enterpriseId\":" + b));

        // supplies and demands: every bad field named, nothing stored
        assertFields(t.post(P + "/postings", "{\"kind\":\"BOTH\",\"title\":\"\",\"industry\":\"38!\",\"region\":\"wz\","
                + "\"amountMin\":5,\"amountMax\":1,\"validFrom\":\"2026-12-01\",\"validTo\":\"2026-11-01\"}", staff), 400,
                "kind", "type", "title", "industry", "region", "amountMax", "validTo", "enterpriseId");
        HttpResponse<String> demand = t.post(P + "/postings", "{\"kind\":\"DEMAND\",\"type\":\"FINANCING\",\"title\":"
                + "\"智能电气生产线扩产融资需求" + suffix + "\",\"industry\":\"C3823\",\"region\":\"330302\","
                + "\"amountMin\":1000000,\"amountMax\":3000000}", userA);
        assertEquals(demand.body(), 201, demand.statusCode());
        demandId = Json.number(demand.body(), "id");
        HttpResponse<String> supply = t.post(P + "/postings", "{\"kind\":\"SUPPLY\",\"type\":\"FINANCING\",\"title\":"
                + "\"科技型中小企业信用贷款" + suffix + "\",\"enterpriseId\":" + b + ",\"industry\":\"C3823\","
                + "\"region\":\"330303\",\"amountMin\":2000000,\"amountMax\":5000000}", staff);
        assertEquals(supply.body(), 201, supply.statusCode());
        supplyId = Json.number(supply.body(), "id");
        long talent = Json.number(t.post(P + "/postings", "{\"kind\":\"SUPPLY\",\"type\":\"TALENT\",\"title\":"
                + "\"电气工程师" + suffix + "\",\"enterpriseId\":" + b + ",\"industry\":\"C3823\",\"region\":\"330302\"}",
                staff).body(), "id");

        // the explained two-way match: score and each criterion's contribution, both ways
        String m = t.get(P + "/postings/" + demandId + "/matches", userA).body();
        EsipTestSupport.assertContains(m, "\"id\":" + supplyId);
        assertFalse(m, m.contains("\"id\":" + talent + ","));
        EsipTestSupport.assertContains(m, "\"score\":90");
        EsipTestSupport.assertContains(m, "行业相同");
        EsipTestSupport.assertContains(m, "同一城市");
        EsipTestSupport.assertContains(m, "\"criterion\":\"amount\"");
        EsipTestSupport.assertContains(t.get(P + "/postings/" + supplyId + "/matches", staff).body(), "\"id\":" + demandId);

        // a matchmaking event with sign-ups: capacity and duplicates are 409s
        assertFields(t.post(P + "/events", "{\"capacity\":0}", staff), 400, "title", "heldOn", "venue", "capacity");
        HttpResponse<String> ev = t.post(P + "/events", "{\"title\":\"温州市中小企业融资对接会" + suffix
                + "\",\"heldOn\":\"2026-12-18\",\"venue\":\"温州市民中心\",\"capacity\":1}", staff);
        assertEquals(ev.body(), 201, ev.statusCode());
        long event = Json.number(ev.body(), "id");
        assertEquals(403, t.post(P + "/events", "{}", userA).statusCode());
        HttpResponse<String> signed = t.post(P + "/events/" + event + "/signups", "{}", userA);
        assertEquals(signed.body(), 200, signed.statusCode());
        EsipTestSupport.assertContains(signed.body(), "E:" + a);
        assertEquals(409, t.post(P + "/events/" + event + "/signups", "{}", userA).statusCode());
        assertEquals(409, t.post(P + "/events/" + event + "/signups", "{\"enterpriseId\":" + b + "}", staff).statusCode());

        // introductions followed to their outcome
        assertFields(t.post(P + "/introductions", "{}", staff), 400, "supplyId", "demandId");
        assertEquals(422, t.post(P + "/introductions", "{\"supplyId\":" + talent + ",\"demandId\":" + demandId + "}",
                staff).statusCode());
        assertEquals(403, t.post(P + "/introductions", "{\"supplyId\":" + supplyId + ",\"demandId\":" + demandId + "}",
                userA).statusCode());
        HttpResponse<String> intro = t.post(P + "/introductions", "{\"supplyId\":" + supplyId + ",\"demandId\":" + demandId
                + ",\"eventId\":" + event + ",\"note\":\"会上洽谈\"}", staff);
        assertEquals(intro.body(), 201, intro.statusCode());
        long introId = Json.number(intro.body(), "id");
        assertEquals(409, t.post(P + "/introductions", "{\"supplyId\":" + supplyId + ",\"demandId\":" + demandId + "}",
                staff).statusCode());
        assertFields(t.post(P + "/introductions/" + introId + "/outcome", "{\"outcome\":\"SIGNED\"}", staff), 400,
                "amount", "version");
        HttpResponse<String> deal = t.post(P + "/introductions/" + introId + "/outcome", "{\"outcome\":\"SIGNED\","
                + "\"amount\":2500000,\"version\":" + Json.number(intro.body(), "version") + "}", staff);
        assertEquals(deal.body(), 200, deal.statusCode());
        assertEquals("SIGNED", Json.string(deal.body(), "outcome"));
        assertEquals(409, t.post(P + "/introductions/" + introId + "/outcome", "{\"outcome\":\"NO_DEAL\",\"reason\":\"x\","
                + "\"version\":" + Json.number(deal.body(), "version") + "}", staff).statusCode());
        EsipTestSupport.assertContains(t.get(P + "/introductions", userA).body(), "\"id\":" + introId);

        // import all or nothing, errors by row and column; export
        String header = "kind,type,title,enterpriseId,organisationId,industry,region,amountMin,amountMax,validFrom,validTo,description\n";
        int before = count(t.get(P + "/postings?closed=true", staff).body());
        HttpResponse<String> badImport = t.postBytes(P + "/postings/import", (header
                + "SUPPLY,CAPACITY,注塑产能共享" + suffix + "," + b + ",,C2929,330381,,,,,\n"
                + "SUPPLY,SPACESHIP,,,,,,abc,,,,\n").getBytes(StandardCharsets.UTF_8), "text/csv", staff);
        assertEquals(badImport.body(), 422, badImport.statusCode());
        EsipTestSupport.assertContains(badImport.body(), "\"column\":\"type\"");
        EsipTestSupport.assertContains(badImport.body(), "\"column\":\"amountMin\"");
        assertEquals(before, count(t.get(P + "/postings?closed=true", staff).body()));
        HttpResponse<String> goodImport = t.postBytes(P + "/postings/import", (header
                + "SUPPLY,CAPACITY,注塑产能共享" + suffix + "," + b + ",,C2929,330381,,,,2027-06-30,\n"
                + "DEMAND,TECHNOLOGY,鞋材环保胶粘技术需求" + suffix + "," + a + ",,C1952,330302,100000,500000,,,\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv", staff);
        assertEquals(goodImport.body(), 200, goodImport.statusCode());
        assertEquals(2, Json.number(goodImport.body(), "stored"));
        assertEquals(before + 2, count(t.get(P + "/postings?closed=true", staff).body()));
        HttpResponse<String> csv = t.get(P + "/postings/export", staff);
        assertEquals(200, csv.statusCode());
        EsipTestSupport.assertContains(csv.body(), "注塑产能共享" + suffix);
        assertEquals(403, t.get(P + "/postings/export", userA).statusCode());

        // indicators
        String ind = t.get("/indicators").body();
        for (String code : new String[] {"consulting.postings", "consulting.matches-proposed", "consulting.introductions",
            "consulting.deals", "consulting.deal-amount"}) {
            int at = ind.indexOf("\"code\":\"" + code + "\"");
            assertTrue(ind, at >= 0);
            String one = ind.substring(at, ind.indexOf('}', at));
            assertFalse(one, one.contains("\"errorZh\":\""));
            assertTrue(one, one.contains("\"value\":") && !one.contains("\"value\":null"));
        }
        assertTrue(ind.contains("\"unit\":\"YUAN\"") || ind.contains("元"));
    }

    private static int count(String jsonArray) {
        int n = 0;
        for (int i = jsonArray.indexOf("\"kind\":"); i >= 0; i = jsonArray.indexOf("\"kind\":", i + 1)) {
            n++;
        }
        return n;
    }
}

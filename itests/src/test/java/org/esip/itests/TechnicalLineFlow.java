package org.esip.itests;

import static org.esip.itests.EsipTestSupport.assertContains;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The technical services line's whole REST flow (clause 5.2.4), reusable on any database: the catalogue of offers
 * of the eleven domains (5.2.4.1) and its bookings as tickets dispatched to the organisation, an offer on an
 * expired qualification shown but not bookable, the instrument calendar (no overlap, also under concurrent
 * requests) and recorded use, the project library (5.2.4.2) with matching, interest and introductions, expert
 * consultations (5.2.4.3), the all-or-nothing import and the indicators. Every bad input is a 400 naming each field.
 */
public class TechnicalLineFlow {
    private static final String BASE = "/lines/technical";
    private final EsipTestSupport t;
    private final String run = String.format("%06d", System.nanoTime() % 1_000_000);

    public TechnicalLineFlow(EsipTestSupport test) {
        this.t = test;
    }

    private String code(String first16) {
        // 17 characters before the check character: a per-run digit keeps codes unique across runs of one database.
        String first17 = first16 + (char) ('0' + (int) (System.nanoTime() % 10));
        return first17 + PlatformIT.checkCharacter(first17);
    }

    private long created(HttpResponse<String> r) {
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private long organisation(String name, String qualifications) {
        long id = created(t.post("/organisations", "{\"creditCode\":\"" + code("91330302MA2T" + run.substring(0, Math.min(4, run.length())))
                + "\",\"name\":\"" + name + run + "\",\"regionCode\":\"330302\",\"domains\":[\"INSPECTION_TESTING\","
                + "\"EQUIPMENT_SHARING\",\"STANDARDS_METROLOGY\"]," + qualifications + "}"));
        long version = Json.number(t.get("/organisations/" + id).body(), "version");
        HttpResponse<String> admitted = t.post("/organisations/" + id + "/admit", "{\"version\":" + version
                + ",\"agreementNumber\":\"WZJS-" + run + "\",\"agreementDate\":\"2026-11-01\"}");
        assertEquals(admitted.body(), 200, admitted.statusCode());
        return id;
    }

    private static String instantAt(LocalDate day, int hour) {
        return day + "T" + (hour < 10 ? "0" : "") + hour + ":00:00+08:00";
    }

    public void run() throws Exception {
        t.awaitStatus(BASE + "/offers", 200);
        String staff = t.tokenOfNewAccount("STAFF", "");
        long org = organisation("温州市鹿城检测技术有限公司", "\"qualifications\":[{\"type\":\"检验检测机构资质认定 CMA\","
                + "\"number\":\"231100001234\",\"issuer\":\"浙江省市场监督管理局\",\"validUntil\":\"2099-12-31\"},"
                + "{\"type\":\"计量授权证书\",\"number\":\"JL-2019-07\",\"issuer\":\"温州市市场监督管理局\",\"validUntil\":\"2021-06-30\"}]");
        String orgUser = t.tokenOfNewAccount("ORGANISATION", "\"organisationId\":" + org);
        long enterprise = created(t.post("/enterprises", "{\"creditCode\":\"" + code("91330382MA2E" + run.substring(0, Math.min(4, run.length())))
                + "\",\"name\":\"乐清技术服务测试电气有限公司" + run + "\",\"regionCode\":\"330382\",\"industryCode\":\"C3824\"}"));
        String company = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + enterprise);
        long other = created(t.post("/enterprises", "{\"creditCode\":\"" + code("91330304MA2F" + run.substring(0, Math.min(4, run.length())))
                + "\",\"name\":\"瓯海技术服务测试鞋业有限公司" + run + "\",\"regionCode\":\"330304\",\"industryCode\":\"C1952\"}"));
        String otherCompany = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + other);

        offers(staff, orgUser, company, org, enterprise);
        instruments(staff, orgUser, company, otherCompany, org, enterprise);
        projects(staff, company, otherCompany, enterprise);
        experts(staff, company, enterprise);
        imports(staff, org);

        String indicators = t.get("/indicators").body();
        for (String code : new String[] {"technical.offers", "technical.bookings", "technical.instrument-hours",
            "technical.project-introductions"}) {
            assertContains(indicators, "\"code\":\"" + code + "\"");
        }
        String catalogue = t.get("/service-lines").body();
        assertContains(catalogue, "技术服务专线");
        assertContains(catalogue, "technical.booking");
    }

    /** Clause 5.2.4.1: offers of admitted organisations on their qualifications, booked as dispatched tickets. */
    private void offers(String staff, String orgUser, String company, long org, long enterprise) {
        HttpResponse<String> empty = t.post(BASE + "/offers", "{}", staff);
        assertEquals(empty.body(), 400, empty.statusCode());
        for (String field : new String[] {"organisationId", "domain", "title", "scope", "qualificationType",
            "durationDays", "mode"}) {
            assertContains(empty.body(), "\"field\":\"" + field + "\"");
        }
        HttpResponse<String> bad = t.post(BASE + "/offers", "{\"organisationId\":" + org + ",\"domain\":\"FINANCING\","
                + "\"title\":\"x\",\"scope\":\"x\",\"qualificationType\":\"不存在的资质\",\"priceMin\":-1,\"priceMax\":5,"
                + "\"durationDays\":0,\"mode\":\"TELEPATHY\"}", staff);
        assertEquals(bad.body(), 400, bad.statusCode());
        for (String field : new String[] {"domain", "qualificationType", "priceMin", "durationDays", "mode"}) {
            assertContains(bad.body(), "\"field\":\"" + field + "\"");
        }
        String offer = "{\"organisationId\":" + org + ",\"domain\":\"INSPECTION_TESTING\",\"title\":\"低压电器安全性能检测"
                + run + "\",\"scope\":\"断路器、接触器的安全与性能检测，出具 CMA 报告\",\"qualificationType\":\"检验检测机构资质认定 CMA\","
                + "\"priceMin\":800,\"priceMax\":5000,\"priceUnit\":\"元/批次\",\"durationDays\":7,\"mode\":\"BOTH\"}";
        assertEquals(403, t.post(BASE + "/offers", offer, company).statusCode());
        HttpResponse<String> made = t.post(BASE + "/offers", offer, staff);
        long offerId = created(made);
        assertContains(made.body(), "\"bookable\":true");
        assertContains(made.body(), "\"domainNameZh\":\"检验检测\"");
        // An organisation keeps its own offers (its id is taken from its account).
        long own = created(t.post(BASE + "/offers", offer.replace("\"organisationId\":" + org + ",", "")
                .replace("低压电器安全性能检测", "阀门压力试验"), orgUser));
        assertEquals(org, Json.number(t.get(BASE + "/offers/" + own, null).body(), "organisationId"));
        // On the expired qualification: shown, not bookable, and a booking names the qualification.
        long expired = created(t.post(BASE + "/offers", offer.replace("INSPECTION_TESTING", "STANDARDS_METROLOGY")
                .replace("检验检测机构资质认定 CMA", "计量授权证书").replace("低压电器安全性能检测", "压力表检定"), staff));
        String shown = t.get(BASE + "/offers/" + expired, null).body();
        assertContains(shown, "\"bookable\":false");
        assertContains(shown, "2021-06-30");
        HttpResponse<String> refused = t.post(BASE + "/offers/" + expired + "/bookings", "{}", company);
        assertEquals(refused.body(), 422, refused.statusCode());
        assertContains(refused.body(), "\"field\":\"qualification\"");
        assertContains(refused.body(), "计量授权证书");
        assertContains(t.get(BASE + "/offers?domain=" + enc("检验检测") + "&q=" + enc("低压电器安全性能检测" + run), null).body(),
                "\"total\":1");
        // Changes to the catalogue are in the platform's audit log (clause 4.4.2).
        assertContains(t.get("/audit?entityType=technical-offer&entityId=" + offerId).body(), "technical-offer-create");
        String bookable = t.get(BASE + "/offers?bookable=true&organisationId=" + org, null).body();
        assertContains(bookable, "\"id\":" + offerId + ",");
        assertFalse(bookable.contains("\"id\":" + expired + ","));
        HttpResponse<String> badFilter = t.get(BASE + "/offers?domain=ASTROLOGY&page=x", null);
        assertEquals(400, badFilter.statusCode());

        // The booking: stored, a ticket of category technical.booking, accepted and assigned to the organisation.
        HttpResponse<String> booked = t.post(BASE + "/offers/" + offerId + "/bookings",
                "{\"note\":\"本月底前检测 20 台断路器\"}", company);
        long request = created(booked);
        long ticket = Json.number(booked.body(), "ticketId");
        String tk = t.get("/tickets/" + ticket).body();
        assertEquals("technical.booking", Json.string(tk, "category"));
        assertEquals("ASSIGNED", Json.string(tk, "status"));
        assertContains(tk, "\"kind\":\"ORGANISATION\"");
        assertContains(tk, "\"id\":" + org);
        assertEquals(enterprise, Json.number(tk, "enterpriseId"));
        // A retry with the same Idempotency-Key answers the same request and ticket.
        HttpResponse<String> first = postWithKey(BASE + "/offers/" + offerId + "/bookings", "{}", company, "retry-" + run);
        HttpResponse<String> again = postWithKey(BASE + "/offers/" + offerId + "/bookings", "{}", company, "retry-" + run);
        assertEquals(Json.number(first.body(), "id"), Json.number(again.body(), "id"));
        assertEquals(Json.number(first.body(), "ticketId"), Json.number(again.body(), "ticketId"));
        // The organisation sees what was booked with it; the enterprise its own; nobody else's.
        assertContains(t.get(BASE + "/requests", orgUser).body(), "\"id\":" + request);
        assertContains(t.get(BASE + "/requests/" + request, company).body(), "\"ticketId\":" + ticket);
        HttpResponse<String> foreign = t.post(BASE + "/offers/" + offerId + "/bookings", "{\"enterpriseId\":" + (enterprise + 100000)
                + "}", company);
        assertEquals(403, foreign.statusCode());
        HttpResponse<String> staffNoEnterprise = t.post(BASE + "/offers/" + offerId + "/bookings", "{}", staff);
        assertEquals(400, staffNoEnterprise.statusCode());
        assertContains(staffNoEnterprise.body(), "\"field\":\"enterpriseId\"");
        assertEquals(404, t.post(BASE + "/offers/99999999/bookings", "{}", company).statusCode());
    }

    private HttpResponse<String> postWithKey(String path, String json, String token, String key) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(t.api(path))).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Clause 5.2.4.1 仪器设备共享: a calendar whose bookings never overlap, even when booked at the same moment. */
    private void instruments(String staff, String orgUser, String company, String otherCompany, long org,
            long enterprise) throws Exception {
        HttpResponse<String> bad = t.post(BASE + "/instruments", "{\"regionCode\":\"33x\",\"hourlyPrice\":-5}", orgUser);
        assertEquals(bad.body(), 400, bad.statusCode());
        for (String field : new String[] {"name", "location", "regionCode", "hourlyPrice"}) {
            assertContains(bad.body(), "\"field\":\"" + field + "\"");
        }
        long instrument = created(t.post(BASE + "/instruments", "{\"name\":\"扫描电子显微镜" + run + "\",\"model\":\"SU3500\","
                + "\"location\":\"龙湾区温州高新区科技园 3 号楼\",\"regionCode\":\"330303\",\"hourlyPrice\":300}", orgUser));
        assertEquals(org, Json.number(t.get(BASE + "/instruments/" + instrument, null).body(), "organisationId"));
        assertEquals(403, t.post(BASE + "/instruments", "{\"name\":\"x\",\"location\":\"y\"}", company).statusCode());

        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        String path = BASE + "/instruments/" + instrument + "/bookings";
        HttpResponse<String> badTimes = t.post(path, "{\"startsAt\":\"tomorrow\",\"endsAt\":\"" + instantAt(day, 9) + "\"}", company);
        assertEquals(badTimes.body(), 400, badTimes.statusCode());
        assertContains(badTimes.body(), "\"field\":\"startsAt\"");
        HttpResponse<String> backwards = t.post(path, "{\"startsAt\":\"" + instantAt(day, 11) + "\",\"endsAt\":\""
                + instantAt(day, 9) + "\"}", company);
        assertEquals(400, backwards.statusCode());
        assertContains(backwards.body(), "\"field\":\"endsAt\"");
        HttpResponse<String> past = t.post(path, "{\"startsAt\":\"2020-01-01T09:00:00+08:00\",\"endsAt\":\"2020-01-01T10:00:00+08:00\"}", company);
        assertEquals(400, past.statusCode());
        assertContains(past.body(), "\"field\":\"startsAt\"");

        HttpResponse<String> slot = t.post(path, "{\"startsAt\":\"" + instantAt(day, 9) + "\",\"endsAt\":\""
                + instantAt(day, 11) + "\",\"purpose\":\"断路器触头表面形貌分析\"}", company);
        long booking = created(slot);
        HttpResponse<String> overlap = t.post(path, "{\"startsAt\":\"" + instantAt(day, 10) + "\",\"endsAt\":\""
                + instantAt(day, 12) + "\"}", otherCompany);
        assertEquals(overlap.body(), 409, overlap.statusCode());
        assertContains(overlap.body(), "\"field\":\"startsAt\"");
        // Touching ends do not overlap.
        created(t.post(path, "{\"startsAt\":\"" + instantAt(day, 11) + "\",\"endsAt\":\"" + instantAt(day, 12) + "\"}",
                otherCompany));

        // Eight people book the same hour at the same moment: exactly one 201, seven 409.
        String same = "{\"startsAt\":\"" + instantAt(day, 14) + "\",\"endsAt\":\"" + instantAt(day, 15) + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String token = i % 2 == 0 ? company : otherCompany;
                answers.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return t.post(path, same, token).statusCode();
                }));
            }
            start.countDown();
            int ok = 0;
            int conflict = 0;
            for (Future<Integer> f : answers) {
                int status = f.get();
                if (status == 201) {
                    ok++;
                } else if (status == 409) {
                    conflict++;
                }
            }
            assertEquals("one booking of the same hour succeeds", 1, ok);
            assertEquals("the others are refused with 409", 7, conflict);
        } finally {
            pool.shutdownNow();
        }
        String calendar = t.get(BASE + "/instruments/" + instrument + "/calendar?from=" + enc(instantAt(day, 0)) + "&to="
                + enc(instantAt(day.plusDays(1), 0)), otherCompany).body();
        assertEquals(3, calendar.split("\"startsAt\"").length - 1);
        // Another enterprise sees the time as taken, not who took it or why.
        assertFalse(calendar.contains("断路器触头表面形貌分析"));
        HttpResponse<String> badCalendar = t.get(BASE + "/instruments/" + instrument + "/calendar?from=soon&to=later", company);
        assertEquals(400, badCalendar.statusCode());
        assertContains(badCalendar.body(), "\"field\":\"from\"");
        assertContains(badCalendar.body(), "\"field\":\"to\"");

        // Use recorded by the owner organisation: hours and who.
        long version = Json.number(slot.body(), "version");
        String use = BASE + "/instrument-bookings/" + booking + "/usage";
        assertEquals(403, t.post(use, "{\"version\":" + version + ",\"hours\":1.5,\"usedBy\":\"张工\"}", company).statusCode());
        HttpResponse<String> noUse = t.post(use, "{\"version\":" + version + "}", orgUser);
        assertEquals(400, noUse.statusCode());
        assertContains(noUse.body(), "\"field\":\"hours\"");
        assertContains(noUse.body(), "\"field\":\"usedBy\"");
        HttpResponse<String> tooMany = t.post(use, "{\"version\":" + version + ",\"hours\":3,\"usedBy\":\"张工\"}", orgUser);
        assertEquals(400, tooMany.statusCode());
        assertContains(tooMany.body(), "\"field\":\"hours\"");
        HttpResponse<String> used = t.post(use, "{\"version\":" + version + ",\"hours\":1.5,\"usedBy\":\"张工（乐清技术服务测试电气）\"}", orgUser);
        assertEquals(used.body(), 200, used.statusCode());
        assertEquals("USED", Json.string(used.body(), "status"));
        assertEquals(409, t.post(BASE + "/instrument-bookings/" + booking + "/cancel", "{\"version\":"
                + Json.number(used.body(), "version") + "}", company).statusCode());
        assertContains(t.get(BASE + "/instrument-bookings", company).body(), "\"id\":" + booking);
        assertFalse(t.get(BASE + "/instrument-bookings", otherCompany).body().contains("\"id\":" + booking + ","));
        assertEquals(enterprise, Json.number(t.get(BASE + "/instrument-bookings?enterpriseId=" + enterprise, staff).body(),
                "enterpriseId"));
    }

    /** Clause 5.2.4.2: the project library, matches with reasons, interest, introductions to an outcome. */
    private void projects(String staff, String company, String otherCompany, long enterprise) {
        HttpResponse<String> bad = t.post(BASE + "/projects", "{\"kind\":\"MAGIC\",\"industryCode\":\"38C\",\"tags\":[\"\"]}", staff);
        assertEquals(bad.body(), 400, bad.statusCode());
        for (String field : new String[] {"title", "kind", "posterKind", "industryCode", "maturity", "cooperation",
            "tags", "summary"}) {
            assertContains(bad.body(), "\"field\":\"" + field + "\"");
        }
        long project = created(t.post(BASE + "/projects", "{\"title\":\"智能断路器物联网模块" + run + "\",\"kind\":\"NEW_PRODUCT\","
                + "\"posterKind\":\"UNIVERSITY\",\"posterName\":\"温州大学电气与电子工程学院\",\"industryCode\":\"C38\","
                + "\"maturity\":\"PILOT\",\"cooperation\":\"JOINT_DEVELOPMENT\",\"tags\":[\"智能电气\",\"物联网\"],"
                + "\"summary\":\"断路器远程监测与控制模块，已完成中试\"}", staff));
        String matches = t.get(BASE + "/projects/matches", company).body();
        assertContains(matches, "智能断路器物联网模块" + run);
        assertContains(matches, "行业相符");
        assertFalse(t.get(BASE + "/projects/matches", otherCompany).body().contains("智能断路器物联网模块" + run));
        HttpResponse<String> staffMatches = t.get(BASE + "/projects/matches", staff);
        assertEquals(400, staffMatches.statusCode());
        assertContains(staffMatches.body(), "\"field\":\"enterpriseId\"");

        HttpResponse<String> interest = t.post(BASE + "/projects/" + project + "/interest", "{\"message\":\"希望合作开发\"}", company);
        long intro = created(interest);
        HttpResponse<String> twice = t.post(BASE + "/projects/" + project + "/interest", "{}", company);
        assertEquals(409, twice.statusCode());
        assertContains(twice.body(), "\"field\":\"projectId\"");
        String step = BASE + "/introductions/" + intro + "/status";
        assertEquals(403, t.post(step, "{\"version\":0,\"status\":\"INTRODUCED\"}", company).statusCode());
        HttpResponse<String> introduced = t.post(step, "{\"version\":" + Json.number(interest.body(), "version")
                + ",\"status\":\"INTRODUCED\"}", staff);
        assertEquals(introduced.body(), 200, introduced.statusCode());
        long v = Json.number(introduced.body(), "version");
        HttpResponse<String> back = t.post(step, "{\"version\":" + v + ",\"status\":\"INTERESTED\"}", staff);
        assertEquals(409, back.statusCode());
        assertContains(back.body(), "NEGOTIATING");
        HttpResponse<String> noOutcome = t.post(step, "{\"version\":" + v + ",\"status\":\"SIGNED\"}", staff);
        assertEquals(400, noOutcome.statusCode());
        assertContains(noOutcome.body(), "\"field\":\"outcome\"");
        HttpResponse<String> signed = t.post(step, "{\"version\":" + v + ",\"status\":\"SIGNED\",\"outcome\":\"签订合作开发协议\"}", staff);
        assertEquals(signed.body(), 200, signed.statusCode());
        assertContains(t.get(BASE + "/introductions?projectId=" + project, staff).body(), "签订合作开发协议");
        assertContains(t.get(BASE + "/introductions", company).body(), "\"enterpriseId\":" + enterprise);
        assertFalse(t.get(BASE + "/introductions", otherCompany).body().contains("\"id\":" + intro + ","));
    }

    /** Clause 5.2.4.3: a consultation asked of a pooled expert becomes a ticket dispatched to the expert. */
    private void experts(String staff, String company, long enterprise) {
        long expert = created(t.post("/experts", "{\"name\":\"陈工" + run + "\",\"domains\":[\"INSPECTION_TESTING\"],"
                + "\"title\":\"高级工程师\",\"seniorTitle\":true,\"employer\":\"温州市质量技术检测科学研究院\",\"regionCode\":\"330302\"}"));
        String pool = t.get(BASE + "/experts?domain=INSPECTION_TESTING&q=" + enc("陈工" + run), company).body();
        assertContains(pool, "陈工" + run);
        assertFalse(pool.contains("phone"));
        HttpResponse<String> noTopic = t.post(BASE + "/experts/" + expert + "/consultations", "{}", company);
        assertEquals(400, noTopic.statusCode());
        assertContains(noTopic.body(), "\"field\":\"topic\"");
        HttpResponse<String> asked = t.post(BASE + "/experts/" + expert + "/consultations",
                "{\"topic\":\"断路器温升试验方法\",\"note\":\"请专家指导\"}", company);
        created(asked);
        String tk = t.get("/tickets/" + Json.number(asked.body(), "ticketId")).body();
        assertEquals("technical.expert-consult", Json.string(tk, "category"));
        assertEquals("ASSIGNED", Json.string(tk, "status"));
        assertContains(tk, "\"kind\":\"EXPERT\"");
        assertContains(t.get(BASE + "/requests?kind=CONSULT&enterpriseId=" + enterprise, staff).body(), "断路器温升试验方法");
    }

    /** Offers and instruments imported all or nothing, errors per row and column. */
    private void imports(String staff, long org) {
        String credit = Json.string(t.get("/organisations/" + org).body(), "creditCode");
        long before = Json.number(t.get(BASE + "/offers?organisationId=" + org, null).body(), "total");
        String header = "机构统一社会信用代码,领域,服务名称,服务范围,资质类型,资质编号,最低价格,最高价格,计价单位,周期(工作日),服务方式\n";
        String good = credit + ",检验检测,导入检测服务" + run + ",导入的检测服务范围,检验检测机构资质认定 CMA,,500,1500,元/项,5,线上线下\n";
        String badRow = credit + ",融资促进,,范围,无此资质,,abc,,元,0,飞鸽\n";
        HttpResponse<String> rejected = postCsv(BASE + "/offers/import", header + good + badRow, staff);
        assertEquals(rejected.body(), 422, rejected.statusCode());
        assertContains(rejected.body(), "\"committed\":false");
        assertContains(rejected.body(), "\"field\":\"领域\"");
        assertContains(rejected.body(), "\"field\":\"服务名称\"");
        assertContains(rejected.body(), "\"field\":\"最低价格\"");
        assertEquals(before, Json.number(t.get(BASE + "/offers?organisationId=" + org, null).body(), "total"));
        HttpResponse<String> stored = postCsv(BASE + "/offers/import", header + good, staff);
        assertEquals(stored.body(), 200, stored.statusCode());
        assertContains(stored.body(), "\"committed\":true");
        assertEquals(before + 1, Json.number(t.get(BASE + "/offers?organisationId=" + org, null).body(), "total"));

        String instruments = "机构统一社会信用代码,设备名称,型号,存放地点,区划代码,说明,每小时价格\n" + credit
                + ",三坐标测量机" + run + ",Contura,瓯海区检测中心,330304,精密测量,200\n";
        HttpResponse<String> ok = postCsv(BASE + "/instruments/import", instruments, staff);
        assertEquals(ok.body(), 200, ok.statusCode());
        assertContains(t.get(BASE + "/instruments?q=" + enc("三坐标测量机" + run), null).body(), "\"total\":1");
        HttpResponse<String> unknown = postCsv(BASE + "/instruments/import", instruments.replace(credit, "91330000000000000X"), staff);
        assertEquals(422, unknown.statusCode());
        assertContains(unknown.body(), "\"field\":\"机构统一社会信用代码\"");
    }

    private HttpResponse<String> postCsv(String path, String csv, String token) {
        return t.postBytes(path, csv.getBytes(StandardCharsets.UTF_8), "text/csv", token);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void check(boolean condition, String what) {
        assertTrue(what, condition);
    }
}

package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The volunteer line's whole flow over REST (clause 5.2.6), reusable on any running distribution with the line
 * installed (Derby in {@link VolunteerLineIT}, PostgreSQL in a shared suite): every record it makes has fresh
 * phones and credit codes, and every figure it checks is of its own records.
 *
 * <ol>
 * <li>5.2.6.1 volunteer organisations and experts: volunteers referencing the core's expert and organisation, a team;</li>
 * <li>5.2.6.2 an offline public-benefit activity with roles and a beneficiary enterprise, sign-ups (full and
 * duplicate are 409), the organiser's confirmation and rejection;</li>
 * <li>service records (hours within the activity, confirmed once, corrected by amendment, audited) and the served
 * enterprise's evaluation; annual statistics; the certificate as PDF;</li>
 * <li>a request for volunteer help as a ticket of category {@code volunteer.request}; the import all or nothing;
 * the indicators.</li>
 * </ol>
 */
final class VolunteerLineFlow {
    private static final String BASE = "/lines/volunteer";
    private final EsipTestSupport t;
    private final String tag = Long.toString(System.nanoTime() % 1_000_000L, 36);

    VolunteerLineFlow(EsipTestSupport test) {
        this.t = test;
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String creditCode() {
        String first17 = "91330302MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return first17 + PlatformIT.checkCharacter(first17);
    }

    private static void status(HttpResponse<String> r, int expected) {
        assertEquals(r.request().method() + " " + r.uri() + ": " + r.body(), expected, r.statusCode());
    }

    private static void fields(HttpResponse<String> r, String... names) {
        status(r, 400);
        for (String n : names) {
            EsipTestSupport.assertContains(r.body(), "\"field\":\"" + n + "\"");
        }
    }

    private long created(HttpResponse<String> r) {
        status(r, 201);
        return Json.number(r.body(), "id");
    }

    /** The volunteers' count, as the administrator sees it. */
    private int volunteers() {
        String body = t.get(BASE + "/volunteers").body();
        Matcher m = Pattern.compile("\"phone\"").matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A POST with an Idempotency-Key. */
    private HttpResponse<String> postKeyed(String path, String json, String token, String key) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(t.api(path)))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", key).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The figures row of {@code id} in a statistics answer: hours, activities, enterprises. */
    private static Object[] figures(String body, long id) {
        Matcher m = Pattern.compile("\"id\":" + id + ",\"name\":\"[^\"]*\",\"year\":\\d+,\"hours\":([0-9.]+),"
                + "\"activities\":(\\d+),\"enterprises\":(\\d+)").matcher(body);
        assertTrue("no figures of " + id + " in " + body, m.find());
        return new Object[] {new BigDecimal(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private static long role(String activity, String name) {
        Matcher m = Pattern.compile("\"id\":(\\d+),\"name\":\"" + Pattern.quote(name) + "\"").matcher(activity);
        assertTrue("no role " + name + " in " + activity, m.find());
        return Long.parseLong(m.group(1));
    }

    void run() {
        String staff = t.tokenOfNewAccount("STAFF", "");
        // The core's bodies the line refers to: an organisation (志愿服务机构), an expert, an enterprise served.
        HttpResponse<String> orgCreated = t.post("/organisations", "{\"creditCode\":\"" + creditCode()
                + "\",\"name\":\"温州市青年志愿者协会" + tag + "\",\"regionCode\":\"330302\",\"domains\":[\"INSPECTION_TESTING\"]}");
        long org = created(orgCreated);
        String orgUser = t.tokenOfNewAccount("ORGANISATION", "\"organisationId\":" + org);
        long expert = created(t.post("/experts", "{\"name\":\"潘志愿专家" + tag + "\",\"domains\":[\"INSPECTION_TESTING\"]}"));
        String expertUser = t.tokenOfNewAccount("EXPERT", "\"expertId\":" + expert);
        long enterprise = created(t.post("/enterprises", "{\"creditCode\":\"" + creditCode()
                + "\",\"name\":\"鹿城志愿受益测试有限公司" + tag + "\",\"regionCode\":\"330302\"}"));
        String enterpriseUser = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + enterprise);

        // 5.2.6.1 volunteers: every field checked, nothing stored on a 400.
        int before = volunteers();
        fields(t.post(BASE + "/volunteers", "{}", staff), "name", "phone", "regionCode");
        fields(t.post(BASE + "/volunteers", "{\"name\":\"张\",\"phone\":\"12345\",\"regionCode\":\"33\","
                + "\"expertId\":987654321,\"organisationId\":987654321,\"skills\":[\"\"]}", staff),
                "phone", "regionCode", "expertId", "organisationId", "skills");
        assertEquals(before, volunteers());
        assertEquals(403, t.post(BASE + "/volunteers", "{}", enterpriseUser).statusCode());
        String p1 = phone();
        long v1 = created(t.post(BASE + "/volunteers", "{\"name\":\"潘律师\",\"phone\":\"" + p1 + "\",\"expertId\":"
                + expert + ",\"skills\":[\"劳动法\",\"合同审查\"],\"regionCode\":\"330302\"}", staff));
        status(t.post(BASE + "/volunteers", "{\"name\":\"重复\",\"phone\":\"" + p1 + "\",\"regionCode\":\"330302\"}",
                staff), 409);
        // An organisation's user registers for its own organisation only.
        HttpResponse<String> v2r = t.post(BASE + "/volunteers", "{\"name\":\"林会计\",\"phone\":\"" + phone()
                + "\",\"skills\":[\"财税\"],\"regionCode\":\"330304\"}", orgUser);
        long v2 = created(v2r);
        assertEquals(org, Json.number(v2r.body(), "organisationId"));
        long v3 = created(t.post(BASE + "/volunteers", "{\"name\":\"陈工程师\",\"phone\":\"" + phone()
                + "\",\"organisationId\":" + org + ",\"skills\":[\"安全生产\"],\"regionCode\":\"330381\"}", staff));
        assertEquals(403, t.post(BASE + "/volunteers", "{\"name\":\"别家\",\"phone\":\"" + phone()
                + "\",\"organisationId\":" + (org + 100000) + ",\"regionCode\":\"330302\"}", orgUser).statusCode());
        // An update checks every field and the version read.
        String v3Body = t.get(BASE + "/volunteers/" + v3, staff).body();
        fields(t.put(BASE + "/volunteers/" + v3, "{\"name\":\"陈工程师\",\"phone\":\"1\",\"regionCode\":\"330381\"}",
                staff), "version");
        fields(t.put(BASE + "/volunteers/" + v3 + "?version=" + Json.number(v3Body, "version"), "{\"name\":\"\","
                + "\"phone\":\"1\",\"regionCode\":\"330381\"}", staff), "name", "phone");
        EsipTestSupport.assertContains(t.put(BASE + "/volunteers/" + v3 + "?version=" + Json.number(v3Body, "version"),
                "{\"name\":\"陈工程师\",\"phone\":\"" + Json.string(v3Body, "phone") + "\",\"organisationId\":" + org
                + ",\"skills\":[\"安全生产\",\"消防检查\"],\"regionCode\":\"330381\"}", staff).body(), "消防检查");
        fields(t.get(BASE + "/volunteers?organisationId=x&teamId=y", staff), "organisationId", "teamId");
        status(t.get(BASE + "/volunteers/" + v1, expertUser), 200);
        status(t.get(BASE + "/volunteers/" + v1, orgUser), 404);

        // Teams belong to an organisation; volunteers are members.
        fields(t.post(BASE + "/teams", "{}", staff), "organisationId", "name");
        long team = created(t.post(BASE + "/teams", "{\"name\":\"财税服务队\",\"description\":\"为小微企业提供财税咨询\"}", orgUser));
        status(t.post(BASE + "/teams", "{\"name\":\"财税服务队\"}", orgUser), 409);
        status(t.post(BASE + "/teams/" + team + "/members", "{\"volunteerId\":" + v2 + "}", orgUser), 200);
        String teamBody = t.post(BASE + "/teams/" + team + "/members", "{\"volunteerId\":" + v3 + "}", orgUser).body();
        EsipTestSupport.assertContains(teamBody, "\"memberIds\":[" + v2 + "," + v3 + "]");
        status(t.post(BASE + "/teams/" + team + "/members", "{\"volunteerId\":" + v3 + "}", orgUser), 409);
        long passing = created(t.post(BASE + "/volunteers", "{\"name\":\"临时队员\",\"phone\":\"" + phone()
                + "\",\"regionCode\":\"330302\"}", orgUser));
        status(t.post(BASE + "/teams/" + team + "/members", "{\"volunteerId\":" + passing + "}", orgUser), 200);
        status(t.delete(BASE + "/teams/" + team + "/members/" + passing, orgUser), 200);
        status(t.delete(BASE + "/teams/" + team + "/members/" + passing, orgUser), 404);

        // 5.2.6.2 an activity: every field checked.
        fields(t.post(BASE + "/activities", "{\"organisationId\":" + org + ",\"mode\":\"OFFLINE\",\"link\":\"ftp:x\","
                + "\"startsAt\":\"2026-05-01T02:00:00Z\",\"endsAt\":\"2026-05-01T01:00:00Z\","
                + "\"roles\":[{\"name\":\"\",\"slots\":0}],\"beneficiaries\":[987654321]}", staff),
                "theme", "place", "link", "endsAt", "roles[0].name", "roles[0].slots", "beneficiaries");
        fields(t.post(BASE + "/activities", "{}", staff), "organisationId", "theme", "mode", "startsAt", "endsAt", "roles");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.HOURS);
        Instant end = start.plus(3, ChronoUnit.HOURS);
        String activityJson = "{\"theme\":\"小微企业财税政策公益讲堂\",\"description\":\"讲解减税降费政策并现场答疑\","
                + "\"mode\":\"OFFLINE\",\"place\":\"鹿城区企业服务中心二楼\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
                + end + "\",\"roles\":[{\"name\":\"财税讲师\",\"slots\":1},{\"name\":\"现场服务\",\"slots\":2}],"
                + "\"beneficiaries\":[" + enterprise + "]}";
        assertEquals(403, t.post(BASE + "/activities", activityJson, enterpriseUser).statusCode());
        HttpResponse<String> act = t.post(BASE + "/activities", activityJson, orgUser);
        long activity = created(act);
        assertEquals(org, Json.number(act.body(), "organisationId"));
        EsipTestSupport.assertContains(act.body(), "\"lengthHours\":3");
        long lecturer = role(act.body(), "财税讲师");
        long helper = role(act.body(), "现场服务");
        EsipTestSupport.assertContains(t.get(BASE + "/activities/" + activity, enterpriseUser).body(), "小微企业财税政策公益讲堂");

        // Sign-ups: a full role and a second sign-up are 409s.
        fields(t.post(BASE + "/activities/" + activity + "/signups", "{}", orgUser), "roleId", "volunteerId");
        long s2 = created(t.post(BASE + "/activities/" + activity + "/signups", "{\"roleId\":" + lecturer
                + ",\"volunteerId\":" + v2 + "}", orgUser));
        HttpResponse<String> full = t.post(BASE + "/activities/" + activity + "/signups", "{\"roleId\":" + lecturer
                + ",\"volunteerId\":" + v3 + "}", orgUser);
        status(full, 409);
        EsipTestSupport.assertContains(full.body(), "\"field\":\"roleId\"");
        HttpResponse<String> twice = t.post(BASE + "/activities/" + activity + "/signups", "{\"roleId\":" + helper
                + ",\"volunteerId\":" + v2 + "}", orgUser);
        status(twice, 409);
        EsipTestSupport.assertContains(twice.body(), "\"field\":\"volunteerId\"");
        long s3 = created(t.post(BASE + "/activities/" + activity + "/signups", "{\"roleId\":" + helper
                + ",\"volunteerId\":" + v3 + "}", orgUser));
        // The expert signs itself up.
        long s1 = created(t.post(BASE + "/activities/" + activity + "/signups", "{\"roleId\":" + helper
                + ",\"volunteerId\":" + v1 + ",\"note\":\"可提供劳动合同咨询\"}", expertUser));
        assertEquals(403, t.post(BASE + "/signups/" + s2 + "/confirm", "{}", expertUser).statusCode());
        fields(t.post(BASE + "/signups/" + s1 + "/reject", "{}", staff), "note");
        EsipTestSupport.assertContains(t.post(BASE + "/signups/" + s1 + "/reject", "{\"note\":\"岗位已满足需要\"}", staff)
                .body(), "\"status\":\"REJECTED\"");
        EsipTestSupport.assertContains(t.post(BASE + "/signups/" + s2 + "/confirm", "{}", orgUser).body(),
                "\"status\":\"CONFIRMED\"");
        status(t.post(BASE + "/signups/" + s3 + "/confirm", "{}", orgUser), 200);
        status(t.post(BASE + "/signups/" + s3 + "/confirm", "{}", orgUser), 409);

        // Service records: who, what, when, how long, who confirmed.
        fields(t.post(BASE + "/activities/" + activity + "/records", "{}", orgUser), "volunteerId", "hours", "content");
        HttpResponse<String> tooLong = t.post(BASE + "/activities/" + activity + "/records", "{\"volunteerId\":" + v2
                + ",\"hours\":5,\"content\":\"讲授\"}", orgUser);
        fields(tooLong, "hours");
        fields(t.post(BASE + "/activities/" + activity + "/records", "{\"volunteerId\":" + v2
                + ",\"hours\":2,\"content\":\"讲授\",\"enterpriseId\":987654321}", orgUser), "enterpriseId");
        status(t.post(BASE + "/activities/" + activity + "/records", "{\"volunteerId\":" + v1
                + ",\"hours\":1,\"content\":\"咨询\"}", orgUser), 409);
        assertEquals(403, t.post(BASE + "/activities/" + activity + "/records", "{\"volunteerId\":" + v2
                + ",\"hours\":1,\"content\":\"讲授\"}", enterpriseUser).statusCode());
        long r2 = created(t.post(BASE + "/activities/" + activity + "/records", "{\"volunteerId\":" + v2
                + ",\"hours\":2.5,\"content\":\"讲授小微企业减税降费政策并答疑\",\"enterpriseId\":" + enterprise + "}", orgUser));
        status(t.post(BASE + "/activities/" + activity + "/records", "{\"volunteerId\":" + v2
                + ",\"hours\":1,\"content\":\"再记一次\"}", orgUser), 409);
        long r3 = created(t.post(BASE + "/activities/" + activity + "/records", "{\"volunteerId\":" + v3
                + ",\"hours\":3,\"content\":\"现场引导与资料发放\"}", orgUser));
        status(t.post(BASE + "/records/" + r2 + "/evaluation", "{\"grade\":\"5\"}", enterpriseUser), 409);
        String confirmed = t.post(BASE + "/records/" + r2 + "/confirm", "{}", orgUser).body();
        EsipTestSupport.assertContains(confirmed, "\"status\":\"CONFIRMED\"");
        assertNotNull(Json.string(confirmed, "confirmedBy"));
        status(t.post(BASE + "/records/" + r2 + "/confirm", "{}", orgUser), 409);
        status(t.put(BASE + "/records/" + r2, "{\"hours\":1,\"content\":\"改\"}", orgUser), 409);
        status(t.post(BASE + "/records/" + r3 + "/confirm", "{}", staff), 200);
        // The served enterprise rates its record once, 5 grades; another enterprise does not see it.
        fields(t.post(BASE + "/records/" + r2 + "/evaluation", "{\"grade\":\"9\"}", enterpriseUser), "grade");
        EsipTestSupport.assertContains(t.post(BASE + "/records/" + r2 + "/evaluation", "{\"grade\":\"5\","
                + "\"comment\":\"讲解清楚，解决了实际问题\"}", enterpriseUser).body(), "VERY_SATISFIED");
        status(t.post(BASE + "/records/" + r2 + "/evaluation", "{\"grade\":\"4\"}", enterpriseUser), 409);
        status(t.post(BASE + "/records/" + r3 + "/evaluation", "{\"grade\":\"4\"}", enterpriseUser), 404);
        // A correction is a new record; the confirmed one is superseded, not changed.
        fields(t.post(BASE + "/records/" + r3 + "/amendments", "{\"hours\":2,\"content\":\"现场引导\"}", orgUser), "reason");
        long r3b = created(t.post(BASE + "/records/" + r3 + "/amendments", "{\"hours\":2,\"content\":\"现场引导与资料发放\","
                + "\"reason\":\"提前一小时离场\"}", orgUser));
        status(t.post(BASE + "/records/" + r3b + "/confirm", "{}", orgUser), 200);
        EsipTestSupport.assertContains(t.get(BASE + "/records/" + r3, staff).body(), "\"status\":\"SUPERSEDED\"");
        EsipTestSupport.assertContains(t.get("/audit?entityType=volunteer-record&entityId=" + r2).body(),
                "volunteer-record-confirm");
        EsipTestSupport.assertContains(t.get(BASE + "/records?enterpriseId=" + enterprise, enterpriseUser).body(),
                "\"id\":" + r2 + ",");

        // Annual statistics per volunteer, team and organisation.
        int year = start.atZone(ZoneId.of("Asia/Shanghai")).getYear();
        Object[] ofV2 = figures(t.get(BASE + "/statistics?by=volunteer&year=" + year, staff).body(), v2);
        assertEquals(0, new BigDecimal("2.5").compareTo((BigDecimal) ofV2[0]));
        Object[] ofTeam = figures(t.get(BASE + "/statistics?by=team&year=" + year, orgUser).body(), team);
        assertEquals(0, new BigDecimal("4.5").compareTo((BigDecimal) ofTeam[0]));
        assertEquals(1, ofTeam[1]);
        assertEquals(1, ofTeam[2]);
        Object[] ofOrg = figures(t.get(BASE + "/statistics?by=organisation&year=" + year, staff).body(), org);
        assertEquals(0, new BigDecimal("4.5").compareTo((BigDecimal) ofOrg[0]));
        fields(t.get(BASE + "/statistics?by=galaxy&year=1900", staff), "by", "year");
        assertEquals(403, t.get(BASE + "/statistics", enterpriseUser).statusCode());

        // The certificate of service hours as PDF.
        HttpResponse<byte[]> pdf = t.getBytes(BASE + "/volunteers/" + v2 + "/certificate?year=" + year, orgUser);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals(404, t.getBytes(BASE + "/volunteers/" + v2 + "/certificate?year=" + year, enterpriseUser).statusCode());

        // A request for volunteer help travels the closed loop as a ticket of the line's category.
        fields(t.post(BASE + "/requests", "{}", enterpriseUser), "topic", "description");
        fields(t.post(BASE + "/requests", "{\"topic\":\"x\",\"description\":\"y\"}", staff), "enterpriseId");
        String key = "volunteer-flow-" + tag;
        HttpResponse<String> asked = postKeyed(BASE + "/requests", "{\"topic\":\"出口合规志愿咨询\","
                + "\"description\":\"希望有熟悉出口退税的志愿专家上门指导\",\"skills\":\"出口退税\"}", enterpriseUser, key);
        long request = created(asked);
        long ticket = Json.number(asked.body(), "ticketId");
        HttpResponse<String> again = postKeyed(BASE + "/requests", "{\"topic\":\"出口合规志愿咨询\","
                + "\"description\":\"希望有熟悉出口退税的志愿专家上门指导\"}", enterpriseUser, key);
        assertEquals(request, Json.number(again.body(), "id"));
        assertEquals(ticket, Json.number(again.body(), "ticketId"));
        EsipTestSupport.assertContains(t.get("/tickets/" + ticket).body(), "\"category\":\"volunteer.request\"");

        // The import: all or nothing, errors per row.
        int count = volunteers();
        String header = "姓名,手机,专家编号,机构编号,技能,区划代码\n";
        String good1 = "王志愿," + phone() + ",," + org + ",电商运营；直播带货,330302\n";
        String good2 = "赵志愿," + phone() + ",,,安全生产,330381\n";
        HttpResponse<String> rejected = t.postBytes(BASE + "/volunteers/import", (header + good1 + "钱志愿,123,,,x,3\n"
                + good2).getBytes(StandardCharsets.UTF_8), "text/csv", staff);
        status(rejected, 422);
        EsipTestSupport.assertContains(rejected.body(), "\"row\":3");
        EsipTestSupport.assertContains(rejected.body(), "\"field\":\"phone\"");
        EsipTestSupport.assertContains(rejected.body(), "\"field\":\"regionCode\"");
        assertEquals(count, volunteers());
        HttpResponse<String> imported = t.postBytes(BASE + "/volunteers/import", (header + good1 + good2)
                .getBytes(StandardCharsets.UTF_8), "text/csv", staff);
        status(imported, 200);
        assertEquals(2, Json.number(imported.body(), "created"));
        assertEquals(count + 2, volunteers());

        // Indicators (clause 7.1).
        String indicators = t.get("/indicators").body();
        for (String code : new String[] {"volunteer.volunteers", "volunteer.activities", "volunteer.hours",
            "volunteer.satisfaction"}) {
            EsipTestSupport.assertContains(indicators, "\"code\":\"" + code + "\"");
        }
    }
}

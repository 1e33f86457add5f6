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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The training line's whole REST flow (clause 5.2.3), reusable on any database: courses and sessions (5.2.3.1),
 * registration with its waiting list, duplicates and reminders (5.2.3.2), check-in and online attendance
 * (5.2.3.3), evaluation and its indicators (5.2.3.4), training needs, certificates and the {@code training.request}
 * ticket. The line must be installed. Every record it makes is its own (fresh enterprises, experts, courses), so it
 * can run more than once on the same platform.
 */
public class TrainingLineFlow {
    private static final String BASE = "/lines/training";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final EsipTestSupport t;

    public TrainingLineFlow(EsipTestSupport test) {
        this.t = test;
    }

    private static String creditCode(String prefix10) {
        String letters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        long n = System.nanoTime();
        StringBuilder b = new StringBuilder(prefix10);
        for (int i = 0; i < 7; i++) {
            b.append(letters.charAt((int) (n % letters.length())));
            n /= letters.length();
        }
        return b.toString() + PlatformIT.checkCharacter(b.toString());
    }

    private long enterprise(String name, String region) {
        HttpResponse<String> r = t.post("/enterprises", "{\"creditCode\":\"" + creditCode("91" + region.substring(0, 6) + "MA")
                + "\",\"name\":\"" + name + System.nanoTime() % 100000 + "\",\"regionCode\":\"" + region + "\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private static String session(long course, String mode, long speaker, Instant starts, Instant ends, int capacity,
            String extra) {
        return "{\"courseId\":" + course + ",\"mode\":\"" + mode + "\",\"speakerKind\":\"EXPERT\",\"speakerId\":" + speaker
                + ",\"regionCode\":\"330302\",\"startsAt\":\"" + starts + "\",\"endsAt\":\"" + ends + "\",\"capacity\":"
                + capacity + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private long created(HttpResponse<String> r) {
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private static String attendees(String... nameAndPhone) {
        StringBuilder b = new StringBuilder("{\"attendees\":[");
        for (int i = 0; i < nameAndPhone.length; i += 2) {
            b.append(i == 0 ? "" : ",").append("{\"name\":\"").append(nameAndPhone[i]).append("\",\"phone\":\"")
                    .append(nameAndPhone[i + 1]).append("\"}");
        }
        return b.append("]}").toString();
    }

    private static String phone() {
        return "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
    }

    public void run() {
        String staff = t.tokenOfNewAccount("STAFF", "");
        long luCheng = enterprise("鹿城培训测试鞋业有限公司", "330302");
        long ouHai = enterprise("瓯海培训测试电气有限公司", "330304");
        String luChengUser = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + luCheng);
        String ouHaiUser = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + ouHai);
        long expert = Json.number(t.post("/experts", "{\"name\":\"培训讲师" + System.nanoTime() % 1000
                + "\",\"domains\":[\"DIGITAL_APPLICATION\"]}").body(), "id");

        // ---- 5.2.3.1 courses and sessions: every bad field named at once; only staff keep them ----
        HttpResponse<String> badCourse = t.post(BASE + "/courses", "{\"title\":\"\",\"topic\":\"ASTROLOGY\"}", staff);
        assertEquals(badCourse.body(), 400, badCourse.statusCode());
        assertContains(badCourse.body(), "\"field\":\"title\"");
        assertContains(badCourse.body(), "\"field\":\"topic\"");
        assertEquals(403, t.post(BASE + "/courses", "{\"title\":\"x\",\"topic\":\"DIGITAL\"}", luChengUser).statusCode());
        long course = created(t.post(BASE + "/courses", "{\"title\":\"数字化车间改造实务（流程测试）\",\"topic\":\"DIGITAL\","
                + "\"summary\":\"温州鞋服行业设备上云案例\"}", staff));
        assertContains(t.get(BASE + "/courses?topic=DIGITAL", null).body(), "数字化车间改造实务（流程测试）");
        HttpResponse<String> badSession = t.post(BASE + "/sessions", "{\"courseId\":999999999,\"mode\":\"OFFLINE\","
                + "\"speakerKind\":\"WIZARD\",\"speakerId\":1,\"regionCode\":\"33\",\"startsAt\":\"tomorrow\","
                + "\"endsAt\":\"2026-01-01T08:00:00Z\",\"capacity\":0,\"liveUrl\":\"ftp://x\",\"audienceSizes\":[\"HUGE\"]}",
                staff);
        assertEquals(badSession.body(), 400, badSession.statusCode());
        for (String f : new String[] {"courseId", "speakerKind", "regionCode", "startsAt", "capacity", "venue", "liveUrl",
            "audienceSizes"}) {
            assertContains(badSession.body(), "\"field\":\"" + f + "\"");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> endsFirst = t.post(BASE + "/sessions", session(course, "ONLINE", expert, now.plusSeconds(7200),
                now.plusSeconds(3600), 10, "\"liveUrl\":\"https://live.example.cn/r/1\""), staff);
        assertEquals(400, endsFirst.statusCode());
        assertContains(endsFirst.body(), "\"field\":\"endsAt\"");
        HttpResponse<String> noSpeaker = t.post(BASE + "/sessions", session(course, "OFFLINE", 987654321L,
                now.plusSeconds(7200), now.plusSeconds(9000), 10, "\"venue\":\"会议室\""), staff);
        assertEquals(400, noSpeaker.statusCode());
        assertContains(noSpeaker.body(), "\"field\":\"speakerId\"");

        // S1: offline, starts in 30 minutes (check-in already open), two places, for Wenzhou (3303).
        long s1 = created(t.post(BASE + "/sessions", session(course, "OFFLINE", expert, now.plusSeconds(1800),
                now.plusSeconds(3 * 3600), 2, "\"venue\":\"鹿城区创业服务中心报告厅\",\"park\":\"鹿城创业园\","
                + "\"audienceRegions\":[\"3303\"]"), staff));
        String s1Json = t.get(BASE + "/sessions/" + s1, null).body();
        assertContains(s1Json, "\"speakerName\":\"培训讲师");
        assertFalse("the public never sees the check-in code", s1Json.contains("checkInCode") || s1Json.contains("\"code\""));
        assertContains(t.get(BASE + "/sessions/" + s1 + "/audience?enterpriseId=" + luCheng, staff).body(), "\"fits\":true");

        // ---- 5.2.3.2 registration, capacity, waiting list, duplicates ----
        HttpResponse<String> badReg = t.post(BASE + "/sessions/" + s1 + "/registrations",
                "{\"attendees\":[{\"name\":\"\",\"phone\":\"12345\"},{\"name\":\"张三\",\"phone\":\"\"}]}", luChengUser);
        assertEquals(badReg.body(), 400, badReg.statusCode());
        for (String f : new String[] {"attendees[0].name", "attendees[0].phone", "attendees[1].phone"}) {
            assertContains(badReg.body(), "\"field\":\"" + f + "\"");
        }
        String p1 = phone();
        String p2 = phone();
        String p3 = phone();
        HttpResponse<String> reg = t.post(BASE + "/sessions/" + s1 + "/registrations", attendees("陈建国", p1, "林晓燕", p2),
                luChengUser);
        assertEquals(reg.body(), 201, reg.statusCode());
        long r1 = Json.number(reg.body(), "id");
        assertFalse(reg.body().contains("WAITING"));
        assertEquals(403, t.post(BASE + "/sessions/" + s1 + "/registrations", "{\"enterpriseId\":" + luCheng + ","
                + attendees("冒名", phone()).substring(1), ouHaiUser).statusCode());
        HttpResponse<String> waiting = t.post(BASE + "/sessions/" + s1 + "/registrations", attendees("王海波", p3), ouHaiUser);
        assertEquals(waiting.body(), 201, waiting.statusCode());
        assertContains(waiting.body(), "\"status\":\"WAITING\"");
        assertContains(waiting.body(), "\"waitingPosition\":1");
        long r3 = Json.number(waiting.body(), "id");
        HttpResponse<String> twice = t.post(BASE + "/sessions/" + s1 + "/registrations", attendees("王海波", p3), ouHaiUser);
        assertEquals(twice.body(), 409, twice.statusCode());
        assertContains(twice.body(), "attendees[0].phone");
        // Nothing half-stored: one new and one duplicate attendee store neither.
        assertEquals(409, t.post(BASE + "/sessions/" + s1 + "/registrations", attendees("新人", phone(), "陈建国", p1),
                luChengUser).statusCode());
        assertEquals(3, count(t.get(BASE + "/sessions/" + s1 + "/registrations", staff).body(), "\"attendeeName\""));
        // Another enterprise's registration does not exist for an enterprise user.
        assertEquals(404, t.get(BASE + "/registrations/" + r1, ouHaiUser).statusCode());
        assertEquals(404, t.post(BASE + "/registrations/" + r1 + "/cancel", "", ouHaiUser).statusCode());
        // A cancellation moves the waiting list up, oldest first.
        HttpResponse<String> cancelled = t.post(BASE + "/registrations/" + idOf(reg.body(), "林晓燕") + "/cancel", "", luChengUser);
        assertEquals(cancelled.body(), 200, cancelled.statusCode());
        assertContains(t.get(BASE + "/registrations/" + r3, ouHaiUser).body(), "\"status\":\"CONFIRMED\"");
        assertContains(t.get("/notifications", ouHaiUser).body(), "候补");
        // Outside the audience (瑞安 only): a clear 422 with the reason.
        long ruian = created(t.post(BASE + "/sessions", session(course, "OFFLINE", expert, now.plusSeconds(5 * 86400),
                now.plusSeconds(5 * 86400 + 7200), 30, "\"venue\":\"瑞安经济开发区会议室\",\"audienceRegions\":[\"330381\"]"),
                staff));
        HttpResponse<String> notAudience = t.post(BASE + "/sessions/" + ruian + "/registrations", attendees("陈建国", p1),
                luChengUser);
        assertEquals(notAudience.body(), 422, notAudience.statusCode());
        assertContains(notAudience.body(), "330302");

        // iCalendar invitation per registration.
        HttpResponse<String> ics = t.get(BASE + "/registrations/" + r1 + "/invitation", luChengUser);
        assertEquals(ics.body(), 200, ics.statusCode());
        assertContains(ics.headers().firstValue("Content-Type").orElse(""), "text/calendar");
        assertContains(ics.body(), "BEGIN:VCALENDAR");
        assertContains(ics.body(), "DTSTART:");

        // Reminders for sessions starting tomorrow (Beijing time): sent once, idempotent.
        LocalDate tomorrow = LocalDate.now(BEIJING).plusDays(1);
        Instant tomorrowTen = tomorrow.atTime(10, 0).atZone(BEIJING).toInstant();
        long s2 = created(t.post(BASE + "/sessions", session(course, "OFFLINE", expert, tomorrowTen,
                tomorrowTen.plusSeconds(7200), 20, "\"venue\":\"瓯海区科技园路演厅\""), staff));
        long r2 = Json.number(t.post(BASE + "/sessions/" + s2 + "/registrations", attendees("郑丽君", phone()), ouHaiUser)
                .body(), "id");
        assertEquals(403, t.post(BASE + "/sessions/reminders?date=" + tomorrow, "", ouHaiUser).statusCode());
        String run1 = t.post(BASE + "/sessions/reminders?date=" + tomorrow, "", staff).body();
        assertTrue(run1, Json.number(run1, "registrations") >= 1);
        assertEquals(0, Json.number(t.post(BASE + "/sessions/reminders?date=" + tomorrow, "", staff).body(), "registrations"));
        assertTrue(t.get(BASE + "/registrations/" + r2, ouHaiUser).body().contains("\"remindedAt\":\""));
        assertContains(t.get("/notifications", ouHaiUser).body(), "明日培训提醒");

        // ---- 5.2.3.3 check-in: code, window, staff ----
        HttpResponse<String> code = t.get(BASE + "/sessions/" + s1 + "/check-in-code", staff);
        assertEquals(code.body(), 200, code.statusCode());
        String checkInCode = Json.string(code.body(), "code");
        assertContains(code.body(), "\"checkInUrl\":\"");
        assertEquals(403, t.get(BASE + "/sessions/" + s1 + "/check-in-code", luChengUser).statusCode());
        // The link as a QR code for the venue: an SVG staff show at the door; not for an enterprise user.
        String qr = Json.string(code.body(), "qrImage");
        assertEquals("/api/v1/lines/training/sessions/" + s1 + "/check-in-code.svg", qr);
        HttpResponse<String> svg = t.get(qr.substring("/api/v1".length()), staff);
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse(""), svg.headers().firstValue("Content-Type")
                .orElse("").startsWith("image/svg+xml"));
        assertTrue(svg.body(), svg.body().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.body().contains("h1v1h-1z"));
        assertEquals(403, t.get(qr.substring("/api/v1".length()), luChengUser).statusCode());
        HttpResponse<String> wrongCode = t.post(BASE + "/sessions/" + s1 + "/check-in", "{\"code\":\"ZZZZZZ\",\"phone\":\""
                + p1 + "\"}", luChengUser);
        assertEquals(400, wrongCode.statusCode());
        assertContains(wrongCode.body(), "\"field\":\"code\"");
        HttpResponse<String> checkedIn = t.post(BASE + "/sessions/" + s1 + "/check-in", "{\"code\":\"" + checkInCode
                + "\",\"phone\":\"" + p1 + "\"}", luChengUser);
        assertEquals(checkedIn.body(), 200, checkedIn.statusCode());
        assertContains(checkedIn.body(), "\"checkInMethod\":\"CODE\"");
        assertEquals(200, t.post(BASE + "/registrations/" + r3 + "/check-in", "", staff).statusCode());
        HttpResponse<String> early = t.post(BASE + "/registrations/" + r2 + "/check-in", "", staff);
        assertEquals(early.body(), 409, early.statusCode());
        assertContains(early.body(), "training.check-in.outside-window");
        assertEquals(403, t.post(BASE + "/registrations/" + r2 + "/check-in", "", ouHaiUser).statusCode());

        // Online session held earlier today; staff record its registrations, attendance comes from the list.
        long s4 = created(t.post(BASE + "/sessions", session(course, "ONLINE", expert, now.minusSeconds(3 * 3600),
                now.minusSeconds(3600), 100, "\"liveUrl\":\"https://live.example.cn/maishang/flow\""), staff));
        String a1 = phone();
        String a2 = phone();
        String online = t.post(BASE + "/sessions/" + s4 + "/registrations", "{\"enterpriseId\":" + luCheng + ","
                + attendees("黄志强", a1, "周敏", a2).substring(1), staff).body();
        long online1 = Json.number(online, "id");
        assertEquals(409, t.post(BASE + "/sessions/" + s4 + "/registrations", attendees("迟到", phone()), luChengUser)
                .statusCode());
        String badList = "手机,姓名\n" + a1 + ",黄志强\n13000000000,不存在\n";
        HttpResponse<String> rejected = t.postBytes(BASE + "/sessions/" + s4 + "/attendance", badList.getBytes(
                StandardCharsets.UTF_8), "text/csv", staff);
        assertEquals(rejected.body(), 400, rejected.statusCode());
        assertContains(rejected.body(), "row 3");
        assertFalse("all or nothing", t.get(BASE + "/registrations/" + online1, staff).body().contains("\"checkInMethod\""
                + ":\"IMPORT\""));
        HttpResponse<String> imported = t.postBytes(BASE + "/sessions/" + s4 + "/attendance", ("手机\n" + a1 + "\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv", staff);
        assertEquals(imported.body(), 200, imported.statusCode());
        assertEquals(1, Json.number(imported.body(), "checkedIn"));
        assertContains(t.get(BASE + "/registrations/" + online1, staff).body(), "\"checkInMethod\":\"IMPORT\"");
        assertEquals(200, t.post(BASE + "/sessions/" + s4 + "/replay", "{\"replayUrl\":\"https://live.example.cn/replay/flow\"}",
                staff).statusCode());

        // Certificate of attendance (PDF, Chinese text) only once attended.
        HttpResponse<byte[]> pdf = t.getBytes(BASE + "/registrations/" + online1 + "/certificate", luChengUser);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        long notAttended = idOf(online, "周敏");
        assertEquals(409, t.get(BASE + "/registrations/" + notAttended + "/certificate", luChengUser).statusCode());

        // ---- 5.2.3.4 evaluation and indicators ----
        HttpResponse<String> tooEarly = t.post(BASE + "/sessions/" + s1 + "/evaluations",
                "{\"satisfaction\":\"SATISFIED\",\"effect\":4}", luChengUser);
        assertEquals(tooEarly.body(), 409, tooEarly.statusCode());
        HttpResponse<String> badEval = t.post(BASE + "/sessions/" + s4 + "/evaluations",
                "{\"satisfaction\":\"ECSTATIC\",\"effect\":9}", luChengUser);
        assertEquals(400, badEval.statusCode());
        assertContains(badEval.body(), "\"field\":\"satisfaction\"");
        assertContains(badEval.body(), "\"field\":\"effect\"");
        assertEquals(201, t.post(BASE + "/sessions/" + s4 + "/evaluations", "{\"satisfaction\":\"VERY_SATISFIED\","
                + "\"effect\":5,\"comment\":\"案例实用\"}", luChengUser).statusCode());
        assertEquals(409, t.post(BASE + "/sessions/" + s4 + "/evaluations", "{\"satisfaction\":\"SATISFIED\",\"effect\":4}",
                luChengUser).statusCode());
        assertEquals(422, t.post(BASE + "/sessions/" + s4 + "/evaluations", "{\"satisfaction\":\"SATISFIED\",\"effect\":4}",
                ouHaiUser).statusCode());
        String stats = t.get(BASE + "/statistics?sessionId=" + s4, staff).body();
        assertEquals(stats, 1, Json.number(stats, "sessionsHeld"));
        assertEquals(2, Json.number(stats, "registrations"));
        assertEquals(1, Json.number(stats, "attendances"));
        assertContains(stats, "\"attendanceRate\":50.0");
        assertContains(stats, "\"satisfaction\":100.0");
        assertContains(stats, "\"DIGITAL\"");
        assertContains(stats, "\"330302\"");
        HttpResponse<String> badStats = t.get(BASE + "/statistics?topic=ASTROLOGY&from=yesterday&region=x", staff);
        assertEquals(400, badStats.statusCode());
        assertContains(badStats.body(), "\"field\":\"topic\"");
        assertContains(badStats.body(), "\"field\":\"from\"");
        assertContains(badStats.body(), "\"field\":\"region\"");
        assertEquals(403, t.get(BASE + "/statistics", luChengUser).statusCode());
        String indicators = t.get("/indicators").body();
        for (String c : new String[] {"training.sessions-held", "training.attendances", "training.attendance-rate",
            "training.satisfaction"}) {
            assertContains(indicators, "\"code\":\"" + c + "\"");
        }

        // ---- training needs, counted by topic and region ----
        HttpResponse<String> badNeed = t.post(BASE + "/needs", "{\"topic\":\"\",\"detail\":\"\"}", ouHaiUser);
        assertEquals(400, badNeed.statusCode());
        assertContains(badNeed.body(), "\"field\":\"topic\"");
        assertContains(badNeed.body(), "\"field\":\"detail\"");
        assertEquals(201, t.post(BASE + "/needs", "{\"topic\":\"WORK_SAFETY\",\"detail\":\"新员工三级安全教育如何组织\"}",
                ouHaiUser).statusCode());
        assertContains(t.get(BASE + "/needs/summary", staff).body(), "\"WORK_SAFETY\":{");
        assertContains(t.get(BASE + "/needs/summary", staff).body(), "\"330304\":");
        assertEquals(403, t.get(BASE + "/needs/summary", ouHaiUser).statusCode());
        assertFalse(t.get(BASE + "/needs", luChengUser).body().contains("新员工三级安全教育"));

        // ---- 送培训进企业: a ticket of category training.request, one per Idempotency-Key ----
        HttpResponse<String> badRequest = t.post(BASE + "/requests", "{\"topic\":\"DIGITAL\",\"detail\":\"\","
                + "\"preferredDate\":\"2020-01-01\",\"expectedAttendees\":0}", luChengUser);
        assertEquals(400, badRequest.statusCode());
        for (String f : new String[] {"detail", "preferredDate", "expectedAttendees"}) {
            assertContains(badRequest.body(), "\"field\":\"" + f + "\"");
        }
        String request = "{\"topic\":\"WORK_SAFETY\",\"detail\":\"车间班组长安全生产培训，希望安排在厂区\",\"preferredDate\":\""
                + LocalDate.now(BEIJING).plusDays(20) + "\",\"expectedAttendees\":30}";
        String key = "training-flow-" + System.nanoTime();
        HttpResponse<String> asked = postWithKey(BASE + "/requests", request, luChengUser, key);
        assertEquals(asked.body(), 201, asked.statusCode());
        long ticket = Json.number(asked.body(), "ticketId");
        assertEquals(ticket, Json.number(postWithKey(BASE + "/requests", request, luChengUser, key).body(), "ticketId"));
        String ticketJson = t.get("/tickets/" + ticket).body();
        assertContains(ticketJson, "\"category\":\"training.request\"");
        assertContains(ticketJson, "送培训进企业");
    }

    /** POST JSON with an Idempotency-Key, as the portal's forms send it. */
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

    /** The id of the record in a JSON array whose text contains {@code marker}. */
    private static long idOf(String json, String marker) {
        int at = json.indexOf(marker);
        assertTrue(marker + " in " + json, at > 0);
        return Json.number(json.substring(json.lastIndexOf("{\"id\":", at)), "id");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

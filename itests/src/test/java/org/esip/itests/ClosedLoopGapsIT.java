package org.esip.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import javax.inject.Inject;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketSubmission;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * What the closed loop used to lose or hide (issue 13), over real HTTP on the real distribution: the
 * original application and every supplement (6.4.1), who is told what (5.4.1.1), what an assignee sees while
 * it serves (5.4.1.2 b), the appointment (5.4.1.2 a), admission criteria (6.3.2), dry-run look-aheads of the
 * deadline check (6.1 a), the kind filter, Idempotency-Key reuse, staff accounts, and the audit log (4.4.2).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ClosedLoopGapsIT extends EsipTestSupport {
    @Inject
    protected TicketService tickets;


    @Configuration
    public Option[] config() {
        return distribution();
    }

    private long enterprise(String first17, String name) {
        HttpResponse<String> r = post("/enterprises", "{\"creditCode\":\"" + first17 + PlatformIT.checkCharacter(first17)
                + "\",\"name\":\"" + name + "\",\"regionCode\":\"330382\",\"contactPerson\":\"林联系\","
                + "\"contactPhone\":\"19905771234\",\"contactEmail\":\"lin@example.cn\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private long admittedOrganisation(String first17, String name) {
        HttpResponse<String> org = post("/organisations", "{\"creditCode\":\"" + first17 + PlatformIT.checkCharacter(first17)
                + "\",\"name\":\"" + name + "\",\"regionCode\":\"330382\",\"domains\":[\"INSPECTION_TESTING\"],"
                + VALID_QUALIFICATION + "}");
        assertEquals(org.body(), 201, org.statusCode());
        long id = Json.number(org.body(), "id");
        HttpResponse<String> admitted = post("/organisations/" + id + "/admit", "{\"version\":" + Json.number(org.body(), "version")
                + ",\"agreementNumber\":\"WZQF-L-" + id + "\",\"agreementDate\":\"2026-11-01\"}");
        assertEquals(admitted.body(), 200, admitted.statusCode());
        return id;
    }

    private long ticket(long enterprise, String kind, String title) {
        HttpResponse<String> r = post("/tickets", "{\"enterpriseId\":" + enterprise + ",\"kind\":\"" + kind
                + "\",\"channel\":\"PHONE\",\"title\":\"" + title + "\",\"description\":\"x\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private HttpResponse<String> submit(String json, String token, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api("/tickets"))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(b.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(HttpResponse<String> r, int status, String field) {
        assertEquals(r.body(), status, r.statusCode());
        assertContains(r.headers().firstValue("Content-Type").orElse(""), "application/problem+json");
        assertContains(r.body(), "\"field\":\"" + field + "\"");
    }

    @Test
    public void supplyInfoKeepsTheOriginalApplicationAndEverySupplementDated_6_4_1() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2N0A0A1", "乐清闭环补充材料有限公司");
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        String created = post("/tickets", "{\"kind\":\"DEMAND\",\"channel\":\"ONLINE\",\"title\":\"申请技改补助辅导\","
                + "\"description\":\"原始申请：希望了解技改补助申报条件。\"}", company).body();
        long t = Json.number(created, "id");
        step(t, "request-info", "\"missingItems\":[\"技改项目清单\"]", adminToken());
        step(t, "supply-info", "\"description\":\"补充一：技改项目清单已上传。\"", company);
        step(t, "request-info", "\"missingItems\":[\"设备发票\"]", adminToken());
        String supplied = step(t, "supply-info", "\"description\":\"补充二：设备发票共 3 张。\"", company);

        // The ticket keeps the original as its description and both supplements, each dated and signed.
        assertEquals("原始申请：希望了解技改补助申报条件。", Json.string(supplied, "description"));
        assertContains(supplied, "\"text\":\"补充一：技改项目清单已上传。\"");
        assertContains(supplied, "\"text\":\"补充二：设备发票共 3 张。\"");
        assertEquals(supplied, 2, supplied.split("\"at\":\"").length - 1);

        // The timeline names what was supplied at each step.
        String timeline = get("/tickets/" + t + "/timeline", company).body();
        assertContains(timeline, "补充一：技改项目清单已上传。");
        assertContains(timeline, "补充二：设备发票共 3 张。");

        // And the sealed archive file keeps the original application and every supplement.
        step(t, "accept", "", adminToken());
        long staffId = Json.number(post("/staff", "{\"name\":\"闭环专员\",\"post\":\"SERVICE_STAFF\"}").body(), "id");
        step(t, "assign", "\"assignment\":{\"kind\":\"STAFF\",\"id\":" + staffId + "}", adminToken());
        step(t, "sign", "", adminToken());
        step(t, "start", "\"remark\":\"当面辅导\"", adminToken());
        step(t, "resolve", "\"result\":\"已辅导\"", adminToken());
        step(t, "feedback", "", adminToken());
        step(t, "evaluate", "\"grade\":\"SATISFIED\"", company);
        step(t, "close", "", adminToken());
        String file = get("/tickets/" + t + "/archive", company).body();
        assertContains(file, "原始申请：希望了解技改补助申报条件。");
        assertContains(file, "补充一：技改项目清单已上传。");
        assertContains(file, "补充二：设备发票共 3 张。");
        assertContains(file, "supplements");
    }

    @Test
    public void theEnterpriseAndEveryAssigneeAreTold_5_4_1_1() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2N0B0A1", "乐清闭环通知有限公司");
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        String created = post("/tickets", "{\"kind\":\"DEMAND\",\"channel\":\"ONLINE\",\"title\":\"通知测试诉求\","
                + "\"description\":\"x\"}", company).body();
        long t = Json.number(created, "id");
        // On submission: the basic service procedure of Appendix A (clause 5.4.1.1).
        String inbox = get("/notifications", company).body();
        assertContains(inbox, "已收到您的诉求“通知测试诉求”");
        assertContains(inbox, "基本服务流程（附录 A）");
        assertContains(inbox, "Appendix A");
        step(t, "accept", "", adminToken());
        assertContains(get("/notifications", company).body(), "“通知测试诉求”已受理");

        long org = admittedOrganisation("91330382MA2N0B0B1", "乐清闭环通知检测有限公司");
        String orgUser = tokenOfNewAccount("ORGANISATION", "\"organisationId\":" + org);
        assertFalse(get("/notifications", orgUser).body().contains("通知测试诉求"));
        String assigned = step(t, "assign", "\"assignment\":{\"kind\":\"ORGANISATION\",\"id\":" + org + "}", adminToken());
        String offerDue = Json.string(assigned, "offerDue");
        // The organisation is told at once, with its one-working-day deadline to sign for it or return it.
        String orgInbox = get("/notifications", orgUser).body();
        assertContains(orgInbox, "“通知测试诉求”已派发给您");
        assertContains(orgInbox, offerDue);
        // The enterprise is told who handles its ticket now, and again when it goes back to the platform.
        assertContains(get("/notifications", company).body(), "现由 乐清闭环通知检测有限公司 承办");
        step(t, "return", "\"reason\":\"设备检修\"", orgUser);
        assertContains(get("/notifications", company).body(), "平台（承办方已退单）");

        // An expert and a staff member with an account are told as well.
        long expert = Json.number(post("/experts", "{\"name\":\"闭环通知专家\",\"domains\":[\"INSPECTION_TESTING\"]}").body(), "id");
        String expertUser = tokenOfNewAccount("EXPERT", "\"expertId\":" + expert);
        step(t, "assign", "\"assignment\":{\"kind\":\"EXPERT\",\"id\":" + expert + "}", adminToken());
        assertContains(get("/notifications", expertUser).body(), "“通知测试诉求”已派发给您");
        step(t, "return", "\"reason\":\"出差\"", expertUser);
        long staffId = Json.number(post("/staff", "{\"name\":\"闭环通知专员\",\"post\":\"SERVICE_STAFF\"}").body(), "id");
        String staffUser = tokenOfNewAccount("STAFF", "\"staffId\":" + staffId);
        step(t, "assign", "\"assignment\":{\"kind\":\"STAFF\",\"id\":" + staffId + "}", adminToken());
        assertContains(get("/notifications", staffUser).body(), "“通知测试诉求”已派发给您");
        assertContains(get("/notifications", company).body(), "现由 闭环通知专员 承办");
    }

    @Test
    public void theAssigneeReadsTheEnterprisesContactAndFilesOnlyWhileItServesAudited_5_4_1_2_b() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2N0C0A1", "乐清闭环对接有限公司");
        long t = ticket(e, "DEMAND", "对接测试诉求");
        byte[] pdf = "%PDF-1.4\n% 对接材料\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = postBytes("/tickets/" + t + "/attachments?filename=material.pdf", pdf,
                "application/pdf", adminToken());
        assertEquals(uploaded.body(), 201, uploaded.statusCode());
        long attachment = Json.number(uploaded.body(), "id");
        long org = admittedOrganisation("91330382MA2N0C0B1", "乐清闭环对接检测有限公司");
        String orgUser = tokenOfNewAccount("ORGANISATION", "\"organisationId\":" + org);
        // Before dispatch: nothing of that enterprise.
        assertEquals(403, get("/enterprises/" + e + "/contact", orgUser).statusCode());
        step(t, "accept", "", adminToken());
        step(t, "assign", "\"assignment\":{\"kind\":\"ORGANISATION\",\"id\":" + org + "}", adminToken());

        // While dispatched: the contact data and the ticket's files, so the two can be put in touch.
        HttpResponse<String> contact = get("/enterprises/" + e + "/contact", orgUser);
        assertEquals(contact.body(), 200, contact.statusCode());
        assertEquals("19905771234", Json.string(contact.body(), "contactPhone"));
        assertEquals("林联系", Json.string(contact.body(), "contactPerson"));
        assertFalse("only contact data, not the whole record", contact.body().contains("annualRevenue"));
        assertEquals(403, get("/enterprises/" + e, orgUser).statusCode());
        assertEquals(200, get("/tickets/" + t + "/attachments", orgUser).statusCode());
        HttpResponse<byte[]> download = getBytes("/tickets/" + t + "/attachments/" + attachment, orgUser);
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        // Each read is in the audit log.
        assertContains(get("/audit?entityType=enterprise&entityId=" + e).body(), "\"action\":\"read-contact\"");
        String ticketAudit = get("/audit?entityType=ticket&entityId=" + t).body();
        assertContains(ticketAudit, "\"action\":\"read-attachment\"");

        // Its own list honours kind as well.
        assertEquals(1, Json.number(get("/tickets?kind=DEMAND", orgUser).body(), "total"));
        assertEquals(0, Json.number(get("/tickets?kind=COMPLAINT", orgUser).body(), "total"));

        // When the ticket leaves it, so does the access.
        step(t, "return", "\"reason\":\"无法承接\"", orgUser);
        assertEquals(403, get("/enterprises/" + e + "/contact", orgUser).statusCode());
        // The ticket is no longer its own: the same 404 as for an id that names no ticket (issue 13, no probing).
        assertEquals(404, get("/tickets/" + t + "/attachments", orgUser).statusCode());
        assertEquals(404, getBytes("/tickets/" + t + "/attachments/" + attachment, orgUser).statusCode());
        // The enterprise itself and staff still read its contact data.
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        assertEquals(200, get("/enterprises/" + e + "/contact", company).statusCode());
        assertEquals(200, get("/enterprises/" + e + "/contact").statusCode());
    }

    @Test
    public void aTicketCarriesItsAppointmentAndTheServicePointOfAWindowIntake_5_4_1_2_a() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2N0D0A1", "乐清闭环预约有限公司");
        HttpResponse<String> point = post("/service-points", "{\"code\":\"330382-BS\",\"name\":\"北白象镇企业服务中心\","
                + "\"kind\":\"TOWNSHIP_CENTRE\",\"regionCode\":\"330382\",\"township\":\"北白象镇\"}");
        assertEquals(point.body(), 201, point.statusCode());
        long pointId = Json.number(point.body(), "id");
        String appointment = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        HttpResponse<String> window = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\",\"channel\":\"WINDOW\","
                + "\"title\":\"窗口预约测试\",\"description\":\"x\",\"servicePointId\":" + pointId
                + ",\"appointmentAt\":\"" + appointment + "\"}");
        assertEquals(window.body(), 201, window.statusCode());
        assertEquals(pointId, Json.number(window.body(), "servicePointId"));
        assertEquals(appointment, Json.string(window.body(), "appointmentAt"));

        // A staff member of one service point takes a WINDOW intake there without naming it.
        long staffId = Json.number(post("/staff", "{\"name\":\"窗口专员\",\"post\":\"SERVICE_STAFF\",\"servicePointIds\":["
                + pointId + "]}").body(), "id");
        String windowStaff = tokenOfNewAccount("STAFF", "\"staffId\":" + staffId);
        HttpResponse<String> taken = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\","
                + "\"channel\":\"WINDOW\",\"title\":\"窗口受理\",\"description\":\"x\"}", windowStaff);
        assertEquals(taken.body(), 201, taken.statusCode());
        assertEquals(pointId, Json.number(taken.body(), "servicePointId"));

        // Bad input names the field.
        assertProblem(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\",\"channel\":\"PHONE\","
                + "\"title\":\"x\",\"description\":\"x\",\"servicePointId\":" + pointId + "}"), 400, "servicePointId");
        assertProblem(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\",\"channel\":\"WINDOW\","
                + "\"title\":\"x\",\"description\":\"x\",\"servicePointId\":987654}"), 400, "servicePointId");
        assertProblem(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\",\"channel\":\"PHONE\","
                + "\"title\":\"x\",\"description\":\"x\",\"appointmentAt\":\"2020-01-01T01:00:00Z\"}"), 400, "appointmentAt");
        assertProblem(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\",\"channel\":\"PHONE\","
                + "\"title\":\"x\",\"description\":\"x\",\"appointmentAt\":\"next tuesday\"}"), 400, "appointmentAt");

        // The appointment agreed later is a step: in the ticket, its timeline, and the enterprise is told.
        long t = ticket(e, "DEMAND", "上门预约测试");
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        String later = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES)
                .toString();
        HttpResponse<String> missing = post("/tickets/" + t + "/appointment", "{\"version\":"
                + Json.number(get("/tickets/" + t).body(), "version") + "}");
        assertProblem(missing, 400, "appointmentAt");
        String appointed = step(t, "appointment", "\"appointmentAt\":\"" + later + "\",\"remark\":\"上门服务\"", adminToken());
        assertEquals(later, Json.string(appointed, "appointmentAt"));
        assertContains(get("/tickets/" + t + "/timeline", company).body(), "\"action\":\"appoint\"");
        assertContains(get("/notifications", company).body(), "“上门预约测试”的服务预约在");
        assertEquals(403, post("/tickets/" + t + "/appointment", "{\"version\":" + Json.number(appointed, "version")
                + ",\"appointmentAt\":\"" + later + "\"}", company).statusCode());
    }

    @Test
    public void admissionChecksClause632AndAnOverrideNeedsAReasonAndIsAudited_6_3_2() {
        awaitStatus("/health", 200);
        String first17 = "91330382MA2N0E0A1";
        HttpResponse<String> applied = post("/organisations", "{\"creditCode\":\"" + first17 + PlatformIT.checkCharacter(first17)
                + "\",\"name\":\"乐清闭环失信检测有限公司\",\"regionCode\":\"330382\",\"domains\":[\"INSPECTION_TESTING\"],"
                + "\"creditGood\":false,\"creditNote\":\"2026 年列入严重违法失信名单\"}");
        assertEquals(applied.body(), 201, applied.statusCode());
        long id = Json.number(applied.body(), "id");
        String admit = "{\"version\":" + Json.number(applied.body(), "version")
                + ",\"agreementNumber\":\"WZQF-X-1\",\"agreementDate\":\"2026-11-01\"";
        HttpResponse<String> refused = post("/organisations/" + id + "/admit", admit + "}");
        assertProblem(refused, 409, "criteria");
        assertContains(refused.body(), "6.3.2");
        assertContains(refused.body(), "无有效的相关专业资质");
        assertContains(refused.body(), "2026 年列入严重违法失信名单");
        assertContains(refused.body(), "no valid professional qualification");
        assertEquals("APPLIED", Json.string(get("/organisations/" + id).body(), "status"));
        assertProblem(post("/organisations/" + id + "/admit", admit + ",\"overrideReason\":\"   \"}"), 409, "criteria");
        HttpResponse<String> overridden = post("/organisations/" + id + "/admit", admit
                + ",\"overrideReason\":\"县政府专题会议纪要〔2026〕12 号同意引进\"}");
        assertEquals(overridden.body(), 200, overridden.statusCode());
        assertContains(get("/organisations/" + id + "/history").body(), "县政府专题会议纪要〔2026〕12 号同意引进");
        String audit = get("/audit?entityType=organisation&entityId=" + id).body();
        assertContains(audit, "\"action\":\"admit-override\"");
        assertContains(audit, "bad-credit");
    }

    @Test
    public void aLookAheadOfTheDeadlineCheckIsADryRunAndOnlyNowEscalates_6_1_a() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2N0F0A1", "乐清闭环试算有限公司");
        String created = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\",\"channel\":\"PHONE\","
                + "\"title\":\"试算超期测试\",\"description\":\"x\"}").body();
        long t = Json.number(created, "id");
        String future = LocalDate.parse(Json.string(created, "acceptDue")).plusDays(10).toString();
        HttpResponse<String> lookAhead = post("/tickets/escalations?asOf=" + future, "");
        assertEquals(lookAhead.body(), 200, lookAhead.statusCode());
        assertEquals("true", lookAhead.headers().firstValue("Esip-Dry-Run").orElse(""));
        assertContains(lookAhead.body(), "\"id\":" + t + ",");
        // Nothing was marked, recorded or sent.
        assertContains(get("/tickets/" + t).body(), "\"overdue\":false");
        String timeline = get("/tickets/" + t + "/timeline").body();
        assertFalse(timeline, timeline.contains("\"action\":\"escalate\"") || timeline.contains("\"action\":\"remind\""));
        assertFalse(get("/notifications?size=200").body().contains("试算超期测试"));
        assertFalse(console("esip:deadline-check " + future).contains("Escalated:"));
        assertContains(get("/tickets/" + t).body(), "\"overdue\":false");
        // An explicit dry run for today changes nothing either.
        HttpResponse<String> dry = post("/tickets/escalations?dryRun=true", "");
        assertEquals("true", dry.headers().firstValue("Esip-Dry-Run").orElse(""));
        assertProblem(post("/tickets/escalations?asOf=someday", ""), 400, "asOf");

        // Once the deadline has really passed, the check now escalates, exactly once.
        moveDeadline(t, "ACCEPT_DUE", platformToday().minusDays(1));
        HttpResponse<String> now = post("/tickets/escalations?asOf=now", "");
        assertEquals("false", now.headers().firstValue("Esip-Dry-Run").orElse(""));
        assertContains(now.body(), "\"id\":" + t + ",");
        assertContains(get("/tickets/" + t).body(), "\"overdue\":true");
        assertContains(get("/notifications?size=200").body(), "试算超期测试");
        assertFalse(post("/tickets/escalations", "").body().contains("\"id\":" + t + ","));
    }

    @Test
    public void kindFiltersIdempotencyKeysAreBoundToTheirBodyAndStaffSignOnlyTheirOwn_5_4() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2N0G0A1", "乐清闭环筛选有限公司");
        long complaint = ticket(e, "COMPLAINT", "筛选投诉");
        long demand = ticket(e, "DEMAND", "筛选需求");
        String complaints = get("/tickets?enterpriseId=" + e + "&kind=COMPLAINT").body();
        assertEquals(complaints, 1, Json.number(complaints, "total"));
        assertContains(complaints, "\"id\":" + complaint + ",");
        assertFalse(complaints.contains("\"id\":" + demand + ","));
        assertProblem(get("/tickets?kind=GRIEVANCE"), 400, "kind");

        // The same Idempotency-Key: the same body returns the first ticket, another body is refused (422).
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        String body = "{\"kind\":\"DEMAND\",\"channel\":\"ONLINE\",\"title\":\"幂等测试\",\"description\":\"第一次\"}";
        HttpResponse<String> first = submit(body, company, "loop-key-1");
        assertEquals(first.body(), 201, first.statusCode());
        HttpResponse<String> retry = submit(body, company, "loop-key-1");
        assertEquals(Json.number(first.body(), "id"), Json.number(retry.body(), "id"));
        HttpResponse<String> other = submit(body.replace("第一次", "另一件事"), company, "loop-key-1");
        assertProblem(other, 422, "Idempotency-Key");
        assertContains(other.body(), "Idempotency-Key");
        assertEquals("no second ticket", 2, Json.number(get("/tickets?enterpriseId=" + e + "&kind=DEMAND").body(), "total"));
        // Keys of the form line:<line>:<kind>:<record> belong to the service lines (they name a line's record
        // platform-wide): a client cannot use one.
        assertProblem(submit(body, company, "line:policy:application:1"), 400, "Idempotency-Key");
        // A line submits for its record as the user; if storing the ticket's id on the record failed, its
        // reconciliation may run as the platform: the same line key finds the same ticket, not a second one.
        TicketSubmission lineRequest = new TicketSubmission(e, TicketKind.DEMAND, Channel.ONLINE, "专线记录工单", "y");
        long byUser = tickets.submit(new Actor("itest-line-user", Set.of(Role.ENTERPRISE), e, null, null),
                lineRequest, "line:itest:record:1").id();
        assertEquals(byUser, tickets.submit(Actor.system("line-reconcile"), lineRequest, "line:itest:record:1").id());
        assertEquals("no second ticket", 3, Json.number(get("/tickets?enterpriseId=" + e + "&kind=DEMAND").body(), "total"));

        // Staff records are linked to accounts: a ticket assigned to A is signed for by A's account only.
        long a = Json.number(post("/staff", "{\"name\":\"签收甲\",\"post\":\"SERVICE_STAFF\"}").body(), "id");
        long b = Json.number(post("/staff", "{\"name\":\"签收乙\",\"post\":\"SERVICE_STAFF\"}").body(), "id");
        long director = Json.number(post("/staff", "{\"name\":\"签收主任\",\"post\":\"DIRECTOR\"}").body(), "id");
        String accountA = tokenOfNewAccount("STAFF", "\"staffId\":" + a);
        String accountB = tokenOfNewAccount("STAFF", "\"staffId\":" + b);
        String unlinked = tokenOfNewAccount("STAFF", "");
        step(demand, "accept", "", accountA);
        String assigned = step(demand, "assign", "\"assignment\":{\"kind\":\"STAFF\",\"id\":" + a + "}", accountB);
        long v = Json.number(assigned, "version");
        // The workbench offers the sign-for only to whom the server lets sign.
        assertContains(get("/tickets/" + demand + "/steps", accountA).body(), "\"sign\"");
        assertFalse(get("/tickets/" + demand + "/steps", accountB).body().contains("\"sign\""));
        assertProblem(post("/tickets/" + demand + "/sign", "{\"version\":" + v + "}", accountB), 409, "assignment.id");
        assertProblem(post("/tickets/" + demand + "/sign", "{\"version\":" + v + "}", unlinked), 409, "assignment.id");
        assertProblem(post("/tickets/" + demand + "/return", "{\"version\":" + v + ",\"reason\":\"x\"}", accountB), 409,
                "assignment.id");
        String signed = step(demand, "sign", "", accountA);
        assertTrue(signed, signed.contains("\"signedAt\":\""));
        // A director supervises: it may sign for a ticket assigned to a member.
        String returned = step(demand, "return", "\"reason\":\"改派\"", accountA);
        assertEquals("ACCEPTED", Json.string(returned, "status"));
        step(demand, "assign", "\"assignment\":{\"kind\":\"STAFF\",\"id\":" + b + "}", accountA);
        step(demand, "sign", "", tokenOfNewAccount("STAFF", "\"staffId\":" + director));

        // Linking is checked: an unknown staff record, or a staff record on an enterprise account, names the field.
        assertProblem(post("/accounts", "{\"username\":\"loop-staff-x\",\"password\":\"Loop-Staff-2026x\","
                + "\"roles\":[\"STAFF\"],\"staffId\":987654}"), 400, "staffId");
        assertProblem(post("/accounts", "{\"username\":\"loop-staff-y\",\"password\":\"Loop-Staff-2026y\","
                + "\"roles\":[\"ENTERPRISE\"],\"enterpriseId\":" + e + ",\"staffId\":" + a + "}"), 400, "staffId");
        HttpResponse<String> linked = post("/accounts", "{\"username\":\"loop-staff-z\",\"password\":\"Loop-Staff-2026z\","
                + "\"roles\":[\"STAFF\"],\"staffId\":" + a + "}");
        assertEquals(linked.body(), 201, linked.statusCode());
        assertContains(linked.body(), "\"staffId\":" + a);
    }

    @Test
    public void theAuditLogHasTicketStepsSignInsFailedSignInsExportsAndBackups_4_4_2() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2N0H0A1", "乐清闭环审计有限公司");
        long t = ticket(e, "DEMAND", "审计测试");
        step(t, "accept", "\"remark\":\"受理\"", adminToken());
        String steps = get("/audit?entityType=ticket&entityId=" + t).body();
        assertContains(steps, "\"action\":\"submit\"");
        assertContains(steps, "\"action\":\"accept\"");
        assertContains(steps, "SUBMITTED");

        String username = "loop-audit-" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> opened = post("/accounts", "{\"username\":\"" + username + "\",\"password\":\"Loop-Audit-2026x\","
                + "\"roles\":[\"AUDITOR\"]}");
        assertEquals(opened.body(), 201, opened.statusCode());
        long account = Json.number(opened.body(), "id");
        assertEquals(401, post("/auth/token", "{\"username\":\"" + username + "\",\"password\":\"wrong-password-1\"}", null)
                .statusCode());
        token(username, "Loop-Audit-2026x");
        assertEquals(401, post("/auth/token", "{\"username\":\"nobody-" + username + "\",\"password\":\"wrong-password-1\"}",
                null).statusCode());
        String signIns = get("/audit?entityType=account&entityId=" + account).body();
        assertContains(signIns, "\"action\":\"sign-in-failed\"");
        assertContains(signIns, "\"action\":\"sign-in\"");
        assertContains(get("/audit?entityType=account&entityId=nobody-" + username).body(), "\"action\":\"sign-in-failed\"");

        assertEquals(200, getBytes("/enterprises/export?format=csv&q=" + URLEncoder.encode("乐清闭环",
                StandardCharsets.UTF_8), adminToken()).statusCode());
        String exports = get("/audit?entityType=enterprise&entityId=*").body();
        assertContains(exports, "\"action\":\"export\"");
        assertContains(exports, "q=乐清闭环");
        HttpResponse<String> backup = post("/admin/backups", "");
        assertEquals(backup.body(), 201, backup.statusCode());
        assertContains(get("/audit?entityType=backup").body(), "\"action\":\"backup\"");
    }
}

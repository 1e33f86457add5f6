package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.esip.notification.api.NotificationChannel;
import org.junit.Assert;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A demand travels Appendix A over real HTTP (clauses 5.4, 6.1 a): intake, acceptance, one-time
 * notification, rejection with a reason, assignment, docking, result, feedback, evaluation, closing
 * and revisit, with the enterprise following its own timeline.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TicketFlowIT extends EsipTestSupport {

    @Configuration
    public Option[] config() {
        // GreenMail, an SMTP server, runs inside the container for the e-mail test.
        return distribution(mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version")));
    }

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    private ServiceComponentRuntime scr;

    private long enterprise(String first17, String name) {
        HttpResponse<String> r = post("/enterprises", "{\"creditCode\":\"" + first17 + PlatformIT.checkCharacter(first17)
                + "\",\"name\":\"" + name + "\",\"regionCode\":\"330382\",\"contactPhone\":\"19905770000\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private HttpResponse<String> submit(String json, String token, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api("/tickets"))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        try {
            return HttpClient.newHttpClient().send(b.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void aDirectlyServedDemandTravelsTheWholeLoop_AppendixA() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2M0A0A1", "乐清流程测试电气有限公司");
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        String staff = tokenOfNewAccount("STAFF", "");
        // The enterprise submits online; a retried request with the same key makes no second ticket.
        String body = "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\",\"channel\":\"PHONE\",\"title\":\"申请高新技术企业认定辅导\","
                + "\"description\":\"希望了解申报材料。\"}";
        HttpResponse<String> first = submit(body, company, "retry-1");
        assertEquals(first.body(), 201, first.statusCode());
        long t = Json.number(first.body(), "id");
        assertEquals("ONLINE", Json.string(first.body(), "channel"));
        HttpResponse<String> again = submit(body, company, "retry-1");
        assertEquals(t, Json.number(again.body(), "id"));
        String listed = get("/tickets?enterpriseId=" + e).body();
        assertEquals(1, Json.number(listed, "total"));
        assertContains(listed, "\"totalExact\":true");
        assertEquals(1, Json.number(get("/tickets?total=exact&enterpriseId=" + e).body(), "total"));
        // Deep pages by cursor: a cursor that is not one the list gave out is a 400 naming "after".
        HttpResponse<String> badCursor = get("/tickets?after=not-a-cursor");
        assertEquals(badCursor.body(), 400, badCursor.statusCode());
        assertContains(badCursor.headers().firstValue("Content-Type").orElse(""), "application/problem+json");
        assertContains(badCursor.body(), "\"field\":\"after\"");

        // One-time notification: everything missing at once, and not twice for the same submission.
        String asked = step(t, "request-info", "\"missingItems\":[\"近三年财务报表\",\"知识产权清单\"]", staff);
        assertEquals("NEEDS_INFO", Json.string(asked, "status"));
        assertContains(asked, "\"missingItems\":[\"近三年财务报表\",\"知识产权清单\"]");
        assertContains(get("/tickets/" + t, company).body(), "知识产权清单");
        HttpResponse<String> unchanged = post("/tickets/" + t + "/supply-info", "{\"version\":"
                + Json.number(asked, "version") + ",\"description\":\"希望了解申报材料。\"}", company);
        assertEquals(400, unchanged.statusCode());
        String supplied = step(t, "supply-info", "\"description\":\"希望了解申报材料。已附财务报表与知识产权清单。\"", company);
        assertEquals("SUBMITTED", Json.string(supplied, "status"));
        // The owner is the staff member who first received it, whoever serves it later.
        String owner = Json.string(supplied, "owner");
        assertFalse(owner.isEmpty());

        HttpResponse<String> acceptedByCompany = post("/tickets/" + t + "/accept", "{\"version\":"
                + Json.number(supplied, "version") + "}", company);
        assertEquals(403, acceptedByCompany.statusCode());
        // Attachments: PDF, images and office documents, recognised by their content, within the size limit.
        byte[] pdf = "%PDF-1.4\n% 营业执照扫描件\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = postBytes("/tickets/" + t + "/attachments?filename="
                + URLEncoder.encode("营业执照.pdf", StandardCharsets.UTF_8), pdf, "application/pdf", company);
        assertEquals(uploaded.body(), 201, uploaded.statusCode());
        String sha = Json.string(uploaded.body(), "sha256");
        assertEquals(sha256(pdf), sha);
        HttpResponse<String> renamed = postBytes("/tickets/" + t + "/attachments?filename=invoice.pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, "application/pdf", company);
        assertEquals(renamed.body(), 400, renamed.statusCode());
        assertContains(renamed.body(), "\"field\":\"file\"");
        assertContains(renamed.headers().firstValue("Content-Type").orElse(""), "application/problem+json");
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        HttpResponse<String> tooLarge = postBytes("/tickets/" + t + "/attachments?filename=big.pdf", huge,
                "application/pdf", company);
        assertEquals(tooLarge.body(), 400, tooLarge.statusCode());
        assertContains(tooLarge.body(), "20 MB");
        HttpResponse<String> noName = postBytes("/tickets/" + t + "/attachments", pdf, "application/pdf", company);
        assertEquals(400, noName.statusCode());
        assertContains(noName.body(), "\"field\":\"filename\"");
        String files = get("/tickets/" + t + "/attachments", company).body();
        assertEquals("only the accepted file was kept", 1, files.split("\"sha256\"").length - 1);
        long attachment = Json.number(files, "id");
        HttpResponse<byte[]> download = getBytes("/tickets/" + t + "/attachments/" + attachment, company);
        assertEquals(200, download.statusCode());
        Assert.assertArrayEquals(pdf, download.body());
        assertEquals(sha, download.headers().firstValue("X-Content-SHA256").orElse(""));

        step(t, "accept", "\"remark\":\"材料齐全\"", staff);
        HttpResponse<String> skip = post("/tickets/" + t + "/resolve", "{\"version\":"
                + Json.number(get("/tickets/" + t).body(), "version") + ",\"result\":\"x\"}", staff);
        assertEquals(409, skip.statusCode());
        assertContains(skip.body(), "ASSIGNED");
        String staffId = String.valueOf(Json.number(post("/staff", "{\"name\":\"陈服务\",\"post\":\"ENTERPRISE_SERVICE\"}").body(), "id"));
        step(t, "assign", "\"assignment\":{\"kind\":\"STAFF\",\"id\":" + staffId + ",\"remark\":\"预约上门\"}", staff);
        // The assigned staff member signs for it with the account linked to its staff record.
        step(t, "sign", "", tokenOfNewAccount("STAFF", "\"staffId\":" + staffId));
        step(t, "start", "\"remark\":\"约定 12 月 1 日前完成辅导\"", staff);
        HttpResponse<String> negativeFee = post("/tickets/" + t + "/resolve", "{\"version\":"
                + Json.number(get("/tickets/" + t).body(), "version") + ",\"result\":\"x\",\"fee\":-1}", staff);
        assertEquals(400, negativeFee.statusCode());
        assertContains(negativeFee.body(), "\"field\":\"fee\"");
        step(t, "resolve", "\"result\":\"已完成申报辅导，企业提交申报。\",\"fee\":0", staff);
        step(t, "feedback", "", staff);
        String evaluated = step(t, "evaluate", "\"grade\":\"VERY_SATISFIED\",\"comment\":\"很专业\"", company);
        assertContains(evaluated, "\"correctionNeeded\":false");
        HttpResponse<String> twice = post("/tickets/" + t + "/evaluate", "{\"version\":" + Json.number(evaluated, "version")
                + ",\"grade\":\"SATISFIED\"}", company);
        assertEquals("one evaluation per service event", 409, twice.statusCode());
        String closed = step(t, "close", "", staff);
        assertEquals("CLOSED", Json.string(closed, "status"));
        assertEquals(owner, Json.string(closed, "owner"));
        step(t, "revisits", "\"remark\":\"电话回访，企业满意\"", staff);

        // The sealed archive file (clause 6.4.1): application, agreement, result, who served, fees,
        // evaluation, the attachment with its SHA-256, and the revisit appended after sealing.
        HttpResponse<String> sealed = get("/tickets/" + t + "/archive", company);
        assertEquals(sealed.body(), 200, sealed.statusCode());
        for (String expected : new String[] {"申请高新技术企业认定辅导", "约定 12 月 1 日前完成辅导", "已完成申报辅导",
            "陈服务", "\\\"feeYuan\\\" : \\\"0.00\\\"", "VERY_SATISFIED", "非常满意", sha, "\\\"servedDirectly\\\" : true",
            "\"kind\":\"REVISIT\"", "电话回访，企业满意"}) {
            assertContains(sealed.body(), expected);
        }
        long fileId = Json.number(sealed.body(), "id");
        assertEquals(64, Json.string(sealed.body(), "entryHash").length());
        HttpResponse<String> late = postBytes("/tickets/" + t + "/attachments?filename=late.pdf", pdf, "application/pdf", staff);
        assertEquals(late.body(), 409, late.statusCode());
        HttpResponse<String> purge = delete("/archive/files/" + fileId);
        assertEquals(purge.body(), 409, purge.statusCode());
        assertContains(purge.body(), "\"field\":\"retainUntil\"");
        assertEquals(403, delete("/archive/files/" + fileId, staff).statusCode());
        HttpResponse<String> amended = post("/archive/files/" + fileId + "/amendments",
                "{\"text\":\"更正：辅导日期应为 11 月 30 日\"}", staff);
        assertEquals(amended.body(), 200, amended.statusCode());
        assertContains(amended.body(), "\"kind\":\"AMENDMENT\"");
        assertEquals("the sealed content itself is unchanged", Json.string(sealed.body(), "contentHash"),
                Json.string(amended.body(), "contentHash"));
        assertEquals(403, post("/archive/files/" + fileId + "/amendments", "{\"text\":\"x\"}", company).statusCode());
        assertContains(get("/archive/verification").body(), "\"intact\":true");
        assertContains(console("esip:archive-show " + t), "更正：辅导日期应为 11 月 30 日");
        assertContains(console("esip:archive-verify"), "完好 intact");

        String timeline = get("/tickets/" + t + "/timeline", company).body();
        for (String action : new String[] {"submit", "request-info", "supply-info", "accept", "assign", "start", "resolve",
            "feedback", "evaluate", "close", "revisit"}) {
            assertContains(timeline, "\"action\":\"" + action + "\"");
        }
        assertContains(console("esip:ticket-show " + t), "申请高新技术企业认定辅导");
        assertContains(console("esip:ticket-list --status CLOSED"), "申请高新技术企业认定辅导");
    }

    @Test
    public void anOrganisationServesOnlyOnceAdmittedAndALowGradeAsksForCorrection_5_4() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2M0B0A1", "乐清流程测试线缆有限公司");
        HttpResponse<String> org = post("/organisations", "{\"creditCode\":\"91330382MA2M0B0B1"
                + PlatformIT.checkCharacter("91330382MA2M0B0B1") + "\",\"name\":\"乐清流程测试检测有限公司\","
                + "\"regionCode\":\"330382\",\"domains\":[\"INSPECTION_TESTING\"]," + VALID_QUALIFICATION + "}");
        long orgId = Json.number(org.body(), "id");
        long t = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\",\"channel\":\"WINDOW\","
                + "\"title\":\"电缆型式试验\",\"description\":\"需要第三方检测\"}").body(), "id");
        step(t, "accept", "", adminToken());
        long version = Json.number(get("/tickets/" + t).body(), "version");
        HttpResponse<String> notAdmitted = post("/tickets/" + t + "/assign", "{\"version\":" + version
                + ",\"assignment\":{\"kind\":\"ORGANISATION\",\"id\":" + orgId + "}}");
        assertEquals(409, notAdmitted.statusCode());
        assertContains(notAdmitted.body(), "\"field\":\"organisationId\"");
        assertEquals(200, post("/organisations/" + orgId + "/admit", "{\"version\":" + Json.number(org.body(), "version")
                + ",\"agreementNumber\":\"WZQF-T-1\",\"agreementDate\":\"2026-11-01\"}").statusCode());
        String assigned = step(t, "assign", "\"assignment\":{\"kind\":\"ORGANISATION\",\"id\":" + orgId + "}", adminToken());
        assertContains(assigned, "\"name\":\"乐清流程测试检测有限公司\"");
        // Dispatch is an offer: the organisation sees only what is dispatched to it, signs for it or returns it.
        String orgUser = tokenOfNewAccount("ORGANISATION", "\"organisationId\":" + orgId);
        assertEquals(1, Json.number(get("/tickets", orgUser).body(), "total"));
        long otherTicket = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"CONSULTATION\","
                + "\"channel\":\"PHONE\",\"title\":\"别家的工单\",\"description\":\"x\"}").body(), "id");
        // Not dispatched to it: the same 404 as a ticket that does not exist (issue 13, no probing of ids).
        assertEquals(404, get("/tickets/" + otherTicket, orgUser).statusCode());
        HttpResponse<String> unsigned = post("/tickets/" + t + "/start", "{\"version\":"
                + Json.number(assigned, "version") + ",\"remark\":\"x\"}", orgUser);
        assertEquals(409, unsigned.statusCode());
        String returned = step(t, "return", "\"reason\":\"本周检测设备检修\"", orgUser);
        assertEquals("ACCEPTED", Json.string(returned, "status"));
        assertContains(returned, "\"returnCount\":1");
        assertEquals(0, Json.number(get("/tickets", orgUser).body(), "total"));
        String offered = step(t, "assign", "\"assignment\":{\"kind\":\"ORGANISATION\",\"id\":" + orgId + "}", adminToken());
        // The offer has a refusal deadline: unsigned past it, the ticket is escalated (stage OFFER).
        assertFalse(Json.string(offered, "offerDue").isEmpty());
        moveDeadline(t, "OFFER_DUE", platformToday().minusDays(1));
        String escalated = post("/tickets/escalations", "").body();
        assertContains(escalated, "\"id\":" + t + ",");
        assertContains(get("/tickets/" + t + "/timeline").body(), "OFFER");
        String signed = step(t, "sign", "", orgUser);
        // The handler's own clock starts at its sign-for.
        LocalDate handlerDue = LocalDate.parse(Json.string(signed, "handlerDue"));
        assertContains(signed, "\"offerDue\":null");
        // An extension (延期) is asked with a reason and decided by the platform, never by the one who asked.
        HttpResponse<String> noDays = post("/tickets/" + t + "/time-requests", "{\"version\":" + Json.number(signed, "version")
                + ",\"kind\":\"EXTENSION\",\"workingDays\":0,\"reason\":\"x\"}", orgUser);
        assertEquals(400, noDays.statusCode());
        assertContains(noDays.body(), "\"field\":\"workingDays\"");
        String requested = step(t, "time-requests", "\"kind\":\"EXTENSION\",\"workingDays\":3,\"reason\":\"等待外协实验室排期\"", orgUser);
        assertContains(requested, "\"pendingRequest\":{\"kind\":\"EXTENSION\",\"workingDays\":3");
        assertEquals(403, post("/tickets/" + t + "/time-decision", "{\"version\":" + Json.number(requested, "version")
                + ",\"approve\":true}", orgUser).statusCode());
        HttpResponse<String> twiceAsked = post("/tickets/" + t + "/time-requests", "{\"version\":" + Json.number(requested, "version")
                + ",\"kind\":\"DEFERRAL\",\"workingDays\":2,\"reason\":\"x\"}", orgUser);
        assertEquals(409, twiceAsked.statusCode());
        String approved = step(t, "time-decision", "\"approve\":true,\"remark\":\"同意延期\"", adminToken());
        assertContains(approved, "\"pendingRequest\":null");
        assertTrue("the handler's deadline moved by three working days",
                LocalDate.parse(Json.string(approved, "handlerDue")).isAfter(handlerDue.plusDays(2)));
        assertContains(get("/notifications", orgUser).body(), "同意延期");
        // A deferral (缓办) pauses the clocks: nothing is escalated while it lasts.
        step(t, "time-requests", "\"kind\":\"DEFERRAL\",\"workingDays\":5,\"reason\":\"企业停产检修\"", orgUser);
        String deferred = step(t, "time-decision", "\"approve\":true", adminToken());
        LocalDate until = LocalDate.parse(Json.string(deferred, "deferredUntil"));
        assertFalse(post("/tickets/escalations?asOf=" + until, "").body().contains("\"id\":" + t + ","));
        step(t, "start", "\"remark\":\"5 个工作日出具报告\"", orgUser);
        step(t, "resolve", "\"result\":\"检测报告已出具\"", orgUser);
        step(t, "feedback", "\"channel\":\"PHONE\"", adminToken());
        String evaluated = step(t, "evaluate", "\"grade\":\"DISSATISFIED\",\"comment\":\"报告晚了三天\"", adminToken());
        assertContains(evaluated, "\"correctionNeeded\":true");
        assertFalse(Json.string(evaluated, "correctionDue").isEmpty());
        // 不满意 opens a correction task: the ticket does not close before the correction is recorded.
        HttpResponse<String> early = post("/tickets/" + t + "/close", "{\"version\":" + Json.number(evaluated, "version") + "}");
        assertEquals(early.body(), 409, early.statusCode());
        assertContains(early.body(), "\"field\":\"correction\"");
        assertContains(get("/notifications").body(), "需要整改");
        step(t, "correction", "\"remark\":\"已与企业沟通，报告流程增加加急通道\"", orgUser);
        step(t, "close", "", adminToken());
        // An organisation-served file holds the appointment, the result and the evaluation (clause 6.4.1).
        String file = get("/tickets/" + t + "/archive").body();
        assertContains(file, "\\\"servedDirectly\\\" : false");
        assertContains(file, "乐清流程测试检测有限公司");
        assertContains(file, "检测报告已出具");
        assertContains(file, "报告流程增加加急通道");
        // The organisation's archive (clause 6.4.2): capability, admission history, service history.
        HttpResponse<String> orgArchive = get("/organisations/" + orgId + "/archive", orgUser);
        assertEquals(orgArchive.body(), 200, orgArchive.statusCode());
        assertContains(orgArchive.body(), "WZQF-T-1");
        assertContains(orgArchive.body(), "\"ticketId\":" + t + ",");
        assertContains(orgArchive.body(), "\"archiveFileId\":" + Json.number(file, "id"));
        assertContains(console("esip:org-archive " + orgId), "电缆型式试验");
        // The organisation's record counts the ticket it took (not the one it returned) and its low grade.
        String record = get("/organisations/" + orgId + "/record").body();
        assertContains(record, "\"assigned\":1,\"completed\":1,\"onTime\":1");
        assertContains(record, "\"evaluations\":1,\"meanSatisfaction\":2.0");
        // A complaint by letter against the organisation counts against its record (clause 5.5).
        HttpResponse<String> complaint = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"COMPLAINT\","
                + "\"channel\":\"LETTER\",\"title\":\"检测报告延误投诉\",\"description\":\"报告晚了三天\","
                + "\"against\":{\"kind\":\"ORGANISATION\",\"id\":" + orgId + "}}");
        assertEquals(complaint.body(), 201, complaint.statusCode());
        assertContains(get("/organisations/" + orgId + "/record").body(), "\"complaints\":1");
        HttpResponse<String> notAComplaint = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\","
                + "\"channel\":\"PHONE\",\"title\":\"x\",\"description\":\"x\",\"against\":{\"kind\":\"STAFF\",\"id\":1}}");
        assertEquals(400, notAComplaint.statusCode());
        assertContains(notAComplaint.body(), "\"field\":\"against\"");
        HttpResponse<String> nobody = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"COMPLAINT\","
                + "\"channel\":\"PHONE\",\"title\":\"x\",\"description\":\"x\",\"against\":{\"kind\":\"STAFF\",\"id\":987654}}");
        assertEquals(400, nobody.statusCode());
        assertContains(nobody.body(), "\"field\":\"against.id\"");
        HttpResponse<String> declined = post("/tickets/" + t + "/decline-revisits", "{}");
        assertEquals(declined.body(), 200, declined.statusCode());
        assertEquals(409, post("/tickets/" + t + "/revisits", "{\"remark\":\"回访\"}").statusCode());
    }

    @Test
    public void aRejectionNeedsAReasonThatTheEnterpriseSeesAndOthersSeeNothing_5_1_2() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2M0C0A1", "乐清流程测试开关有限公司");
        long other = enterprise("91330382MA2M0C0B1", "乐清流程测试他人有限公司");
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        String stranger = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + other);
        long t = Json.number(submit("{\"kind\":\"APPEAL\",\"channel\":\"ONLINE\",\"title\":\"要求减免房租\","
                + "\"description\":\"疫情期间的房租\"}", company, null).body(), "id");
        long version = Json.number(get("/tickets/" + t).body(), "version");
        HttpResponse<String> noReason = post("/tickets/" + t + "/reject", "{\"version\":" + version + "}");
        assertEquals(400, noReason.statusCode());
        assertContains(noReason.body(), "\"field\":\"reason\"");
        step(t, "reject", "\"reason\":\"不属于平台受理范围，请向属地街道反映\"", adminToken());
        String seen = get("/tickets/" + t, company).body();
        assertEquals("REJECTED", Json.string(seen, "status"));
        assertContains(seen, "不属于平台受理范围");
        // Another enterprise's ticket answers as a missing one (issue 13, no probing of ids).
        assertEquals(404, get("/tickets/" + t, stranger).statusCode());
        assertEquals(404, get("/tickets/" + t + "/timeline", stranger).statusCode());
        assertEquals(403, submit("{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\",\"channel\":\"ONLINE\",\"title\":\"x\","
                + "\"description\":\"x\"}", stranger, null).statusCode());
        assertEquals(409, post("/tickets/" + t + "/accept", "{\"version\":" + Json.number(seen, "version") + "}").statusCode());

        // The reason reaches the enterprise's inbox, and its phone through the SMS channel (clause 5.4.2).
        String inbox = get("/notifications?unread=true", company).body();
        assertContains(inbox, "未予受理");
        assertContains(inbox, "请向属地街道反映");
        long notice = Json.number(inbox, "id");
        // the SMS goes after the commit, from the node's sender: its outcome follows shortly (issue 16)
        await("the SMS delivery is SENT", () -> get("/notifications/" + notice + "/deliveries").body()
                .contains("\"channel\":\"sms\",\"status\":\"SENT\""));
        assertEquals(403, post("/notifications/" + notice + "/read", "", stranger).statusCode());
        assertEquals(200, post("/notifications/" + notice + "/read", "", company).statusCode());
        assertFalse(get("/notifications?unread=true", company).body().contains("请向属地街道反映"));
        assertEquals(0, Json.number(get("/notifications", stranger).body(), "total"));
    }

    @Test
    public void overdueTicketsAreEscalatedExactlyOncePerStageOnTheImportedCalendar_6_1_a() {
        awaitStatus("/health", 200);
        HttpResponse<String> calendar = put("/calendar/2030", "[{\"date\":\"2030-10-01\",\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"},"
                + "{\"date\":\"2030-10-12\",\"kind\":\"WORKDAY\",\"name\":\"调休上班\"}]");
        assertEquals(calendar.body(), 200, calendar.statusCode());
        assertContains(get("/calendar/2030").body(), "调休上班");
        HttpResponse<String> wrongYear = put("/calendar/2030", "[{\"date\":\"2031-01-01\",\"kind\":\"HOLIDAY\"}]");
        assertEquals(400, wrongYear.statusCode());
        assertContains(wrongYear.body(), "\"field\":\"[0].date\"");
        assertContains(get("/calendar/2030").body(), "国庆节");
        assertContains(console("esip:calendar-show 2030"), "调休上班");

        long e = enterprise("91330382MA2M0D0A1", "乐清流程测试超期有限公司");
        String created = post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"COMPLAINT\",\"channel\":\"PHONE\","
                + "\"title\":\"投诉处理超期测试\",\"description\":\"x\"}").body();
        long t = Json.number(created, "id");
        // Its last day comes (the deadline is moved to today, as if the days had passed).
        moveDeadline(t, "ACCEPT_DUE", platformToday());
        assertFalse("not before its deadline has passed",
                post("/tickets/escalations", "").body().contains("\"id\":" + t + ","));
        // On its last day the stage is approaching: the owner and the platform head are reminded, once.
        assertContains(get("/tickets/" + t + "/timeline").body(), "\"action\":\"remind\"");
        assertContains(get("/notifications").body(), "今日到期");
        assertContains(get("/tickets/" + t).body(), "\"overdue\":false");
        moveDeadline(t, "ACCEPT_DUE", platformToday().minusDays(1));
        HttpResponse<String> first = post("/tickets/escalations?asOf=now", "");
        assertEquals(first.body(), 200, first.statusCode());
        assertContains(first.body(), "\"id\":" + t + ",");
        assertFalse("exactly once", post("/tickets/escalations", "").body().contains("\"id\":" + t + ","));
        assertContains(get("/tickets/" + t).body(), "\"overdue\":true");
        assertEquals(403, post("/tickets/escalations", "", tokenOfNewAccount("STAFF", "")).statusCode());

        String accepted = step(t, "accept", "", adminToken());
        assertFalse(Json.string(accepted, "resolveDue").isEmpty());
        moveDeadline(t, "RESOLVE_DUE", platformToday().minusDays(1));
        assertContains(console("esip:deadline-check"), "#" + t + " ");
        assertContains(console("esip:deadline-check"), "Escalated: 0");
        String timeline = get("/tickets/" + t + "/timeline").body();
        assertEquals(timeline, 2, timeline.split("\"action\":\"escalate\"").length - 1);
        assertContains(timeline, "system:deadline-watch");
        // The platform head (admin) is told of every escalation.
        assertContains(get("/notifications").body(), "投诉处理超期测试");
    }

    @Test
    public void aTicketReturnedThreeTimesBecomesAProblemTicketForThePlatformHead_6_1_a() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2M0E0A1", "乐清流程测试退单有限公司");
        long t = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\",\"channel\":\"VISIT\","
                + "\"title\":\"三次退单测试\",\"description\":\"x\"}").body(), "id");
        step(t, "accept", "", adminToken());
        for (int i = 1; i <= 3; i++) {
            step(t, "assign", "\"assignment\":{\"kind\":\"DEPARTMENT\",\"name\":\"市场监管局\"}", adminToken());
            String back = step(t, "return", "\"reason\":\"不属本部门职责 " + i + "\"", adminToken());
            assertContains(back, "\"problem\":" + (i == 3));
        }
        assertContains(get("/notifications").body(), "三次退单测试");
        assertContains(get("/tickets/" + t + "/timeline").body(), "\"action\":\"return\"");
    }

    @Test
    public void duplicatesAreMergedLinkedTicketsShowEachOtherAndDispatchIsSuggested_5_4_1_3() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2M0F0A1", "乐清流程测试合并有限公司");
        long other = enterprise("91330382MA2M0F0B1", "乐清流程测试别家有限公司");
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        long a = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\",\"channel\":\"PHONE\","
                + "\"title\":\"产品出口检测\",\"description\":\"出口欧盟需要 CE 检测\"}").body(), "id");
        long b = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"DEMAND\",\"channel\":\"ONLINE\","
                + "\"title\":\"CE 检测\",\"description\":\"同一件事，网上又报了一次\"}").body(), "id");
        long elsewhere = Json.number(post("/tickets", "{\"enterpriseId\":" + other + ",\"kind\":\"DEMAND\",\"channel\":\"PHONE\","
                + "\"title\":\"别家的检测\",\"description\":\"x\"}").body(), "id");
        HttpResponse<String> foreign = post("/tickets/" + b + "/merge", "{\"version\":"
                + Json.number(get("/tickets/" + b).body(), "version") + ",\"intoId\":" + elsewhere + "}");
        assertEquals(foreign.body(), 409, foreign.statusCode());
        assertContains(foreign.body(), "\"field\":\"intoId\"");
        String merged = step(b, "merge", "\"intoId\":" + a + ",\"remark\":\"重复诉求\"", adminToken());
        assertEquals("MERGED", Json.string(merged, "status"));
        assertEquals(b, Json.number(merged, "id"));
        assertContains(merged, "\"mergedInto\":" + a);
        assertContains(get("/tickets/" + a + "/timeline", company).body(), "\"action\":\"merged-in\"");
        assertContains(get("/tickets/" + a + "/links", company).body(), "\"id\":" + b + ",");
        HttpResponse<String> afterMerge = post("/tickets/" + b + "/accept", "{\"version\":" + Json.number(merged, "version") + "}");
        assertEquals(409, afterMerge.statusCode());
        // Linking across enterprises is allowed for staff; an enterprise sees only its own side.
        step(a, "links", "\"otherId\":" + elsewhere, adminToken());
        assertEquals(409, post("/tickets/" + a + "/links", "{\"otherId\":" + elsewhere + "}").statusCode());
        assertFalse(get("/tickets/" + a + "/links", company).body().contains("\"id\":" + elsewhere + ","));
        assertContains(get("/tickets/" + a + "/links").body(), "\"id\":" + elsewhere + ",");

        // Dispatch suggestions: a fitting, nearby, free organisation ranks above one of another domain.
        HttpResponse<String> badDomain = post("/tickets/" + a + "/accept", "{\"version\":"
                + Json.number(get("/tickets/" + a).body(), "version") + ",\"domain\":\"FORTUNE_TELLING\"}");
        assertEquals(400, badDomain.statusCode());
        assertContains(badDomain.body(), "\"field\":\"domain\"");
        step(a, "accept", "\"domain\":\"INSPECTION_TESTING\"", adminToken());
        long fit = admittedOrganisation("91330382MA2M0F0C1", "乐清推荐测试检测有限公司", "INSPECTION_TESTING", "WZQF-S-1");
        long unfit = admittedOrganisation("91330382MA2M0F0D1", "乐清推荐测试认证有限公司", "CERTIFICATION", "WZQF-S-2");
        String ranked = get("/tickets/" + a + "/suggestions?limit=50").body();
        int fitAt = ranked.indexOf("乐清推荐测试检测有限公司");
        int unfitAt = ranked.indexOf("乐清推荐测试认证有限公司");
        assertTrue(ranked, fitAt >= 0 && (unfitAt < 0 || fitAt < unfitAt));
        assertContains(ranked, "服务领域相符：检验检测");
        assertEquals(403, get("/tickets/" + a + "/suggestions", company).statusCode());
        assertContains(console("esip:ticket-suggest " + a), "乐清推荐测试检测有限公司");
        assertTrue(fit != unfit);
    }

    private long admittedOrganisation(String first17, String name, String domain, String agreement) {
        HttpResponse<String> org = post("/organisations", "{\"creditCode\":\"" + first17 + PlatformIT.checkCharacter(first17)
                + "\",\"name\":\"" + name + "\",\"regionCode\":\"330382\",\"domains\":[\"" + domain + "\"],"
                + VALID_QUALIFICATION + "}");
        assertEquals(org.body(), 201, org.statusCode());
        long id = Json.number(org.body(), "id");
        assertEquals(200, post("/organisations/" + id + "/admit", "{\"version\":" + Json.number(org.body(), "version")
                + ",\"agreementNumber\":\"" + agreement + "\",\"agreementDate\":\"2026-11-01\"}").statusCode());
        return id;
    }

    @Test
    public void aDemandTravelsTheWholeLoopOnTheConsoleAndItsFileIsSealed_AppendixA_6_4() {
        awaitStatus("/health", 200);
        long e = enterprise("91330382MA2M0G0A1", "乐清控制台流程有限公司");
        String submitted = console("esip:ticket-submit -e " + e + " -t 设备数字化改造咨询 -c VISIT --key console-1 走访时企业提出 需要数字化改造方案");
        Matcher m = Pattern.compile("#(\\d+) ").matcher(submitted);
        assertTrue(submitted, m.find());
        long t = Long.parseLong(m.group(1));
        // A retry sends the same request with the same key and gets the same ticket.
        assertContains(console("esip:ticket-submit -e " + e + " -t 设备数字化改造咨询 -c VISIT --key console-1 走访时企业提出 需要数字化改造方案"),
                "#" + t + " ");
        assertContains(console("esip:ticket-accept -d DIGITAL_APPLICATION " + t + " 属于数字化应用"), "[ACCEPTED]");
        String staffId = String.valueOf(Json.number(post("/staff", "{\"name\":\"周控制台\",\"post\":\"SERVICE_STAFF\"}").body(), "id"));
        assertContains(console("esip:ticket-assign -k STAFF --to " + staffId + " " + t + " 预约上门"), "[ASSIGNED]");
        assertContains(console("esip:ticket-sign " + t), "[ASSIGNED]");
        assertContains(console("esip:ticket-start " + t + " 两周内出具方案"), "[IN_PROGRESS]");
        assertContains(console("esip:ticket-resolve --fee 0 " + t + " 已出具数字化改造方案"), "[RESOLVED]");
        assertContains(console("esip:ticket-feedback " + t), "[FEEDBACK_SENT]");
        assertContains(console("esip:ticket-evaluate -g VERY_DISSATISFIED " + t + " 方案不可行"), "[EVALUATED]");
        assertContains(console("esip:ticket-correct " + t + " 重新出具方案并经企业确认"), "[EVALUATED]");
        assertContains(console("esip:ticket-close " + t), "[CLOSED]");
        assertContains(console("esip:ticket-revisit " + t + " 整改后回访，企业满意"), "[CLOSED]");
        String file = console("esip:archive-show " + t);
        assertContains(file, "已出具数字化改造方案");
        assertContains(file, "REVISIT");
        assertContains(get("/tickets/" + t + "/timeline").body(), "\"action\":\"correct\"");
    }

    @Test
    public void notificationsAreEMailedOnlyWhileAValidSmtpServerIsConfigured_5_4_2() throws Exception {
        awaitStatus("/health", 200);
        assertTrue("no e-mail channel without etc/org.esip.notification.smtp.cfg", emailChannels().isEmpty());
        // What an operator may set, from the metatype.
        String meta = console("config:meta org.esip.notification.smtp");
        for (String setting : new String[] {"host", "security", "password", "fromName", "connectTimeoutMs", "readTimeoutMs"}) {
            assertContains(meta, setting);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        org.osgi.service.cm.Configuration config = configurations.getConfiguration("org.esip.notification.smtp", "?");
        try {
            // An invalid configuration: the component takes it (and logs one error line) but registers no channel.
            Dictionary<String, Object> bad = new Hashtable<>();
            bad.put("host", "127.0.0.1");
            bad.put("from", "not-an-address");
            config.update(bad);
            await("the e-mail component has taken the invalid configuration", () -> activeWithFrom("not-an-address"));
            assertTrue(emailChannels().isEmpty());

            Dictionary<String, Object> good = new Hashtable<>();
            good.put("host", "127.0.0.1");
            good.put("port", Integer.toString(port)); // as a .cfg file hands it over: text
            good.put("security", "NONE");
            good.put("from", "notice@esip.example.cn");
            good.put("fromName", "温州市企业服务综合平台");
            config.update(good);
            await("an e-mail channel is registered", () -> emailChannels().size() == 1);

            HttpResponse<String> created = post("/enterprises", "{\"creditCode\":\"91330382MA2M0H0A1"
                    + PlatformIT.checkCharacter("91330382MA2M0H0A1") + "\",\"name\":\"乐清流程测试邮件有限公司\","
                    + "\"regionCode\":\"330382\",\"contactEmail\":\"zhang.san@example.cn\"}");
            assertEquals(created.body(), 201, created.statusCode());
            long e = Json.number(created.body(), "id");
            long t = Json.number(post("/tickets", "{\"enterpriseId\":" + e + ",\"kind\":\"APPEAL\",\"channel\":\"PHONE\","
                    + "\"title\":\"邮件通知测试\",\"description\":\"x\"}").body(), "id");
            step(t, "reject", "\"reason\":\"请向属地街道反映\"", adminToken());

            // Two mails: the receipt with the service procedure (clause 5.4.1.1), then the rejection.
            assertTrue("the mails arrived", smtp.waitForIncomingEmail(30_000, 2));
            MimeMessage mail = null;
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getSubject().contains("未予受理")) {
                    mail = m;
                }
            }
            assertTrue("the rejection was mailed", mail != null);
            assertEquals("zhang.san@example.cn", mail.getAllRecipients()[0].toString());
            assertContains(mail.getSubject(), "您的诉求“邮件通知测试”未予受理 / Your demand \"邮件通知测试\" was not accepted");
            assertEquals("温州市企业服务综合平台", ((InternetAddress) mail.getFrom()[0]).getPersonal());
            String body;
            try (InputStream in = mail.getInputStream()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertContains(body, "原因：请向属地街道反映");
            assertContains(body, "Reason: 请向属地街道反映");
            long notice = Json.number(get("/notifications", tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e)).body(), "id");
            // the mail arrived before its outcome is recorded: the sender records it after the batch it sent
            await("the e-mail delivery is SENT", () -> get("/notifications/" + notice + "/deliveries").body()
                    .contains("\"channel\":\"email\",\"status\":\"SENT\""));
        } finally {
            config.delete();
            smtp.stop();
        }
        await("the e-mail channel is gone with its configuration", () -> emailChannels().isEmpty());
    }

    private List<NotificationChannel> emailChannels() {
        List<NotificationChannel> found = new ArrayList<>();
        try {
            for (ServiceReference<NotificationChannel> r : bundleContext.getServiceReferences(NotificationChannel.class, null)) {
                NotificationChannel c = bundleContext.getService(r);
                if (c != null && "email".equals(c.id())) {
                    found.add(c);
                }
            }
        } catch (InvalidSyntaxException impossible) {
            throw new AssertionError(impossible);
        }
        return found;
    }

    private boolean activeWithFrom(String from) {
        for (Bundle b : bundleContext.getBundles()) {
            if ("org.esip.notification.email".equals(b.getSymbolicName())) {
                ComponentDescriptionDTO d = scr.getComponentDescriptionDTO(b,
                        "org.esip.notification.email.internal.EmailChannelComponent");
                return d != null && scr.getComponentConfigurationDTOs(d).stream().anyMatch(c ->
                        c.state == ComponentConfigurationDTO.ACTIVE && from.equals(c.properties.get("from")));
            }
        }
        return false;
    }
}

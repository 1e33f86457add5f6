package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Assert;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The policy line (帮企云, clause 5.2.1) installed live into a running distribution: the policy library
 * kept by staff and queried by the public, and the line's data surviving an uninstall and reinstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PolicyLineIT extends EsipTestSupport {

    @Configuration
    public Option[] config() {
        return distribution();
    }

    private void installLine() {
        await("the features service knows esip-line-policy", () -> console("feature:list").contains("esip-line-policy"));
        if (!console("feature:list -i").contains("esip-line-policy")) {
            console("feature:install esip-line-policy");
        }
        awaitStatus("/lines/policy/policies", 200);
    }

    private static final String DRAFT = "{\"title\":\"温州市促进中小企业数字化转型若干政策\",\"documentNumber\":\"温政发〔2026〕12号\","
            + "\"issuer\":\"温州市经济和信息化局\",\"level\":\"CITY\",\"regionCode\":\"3303\",\"category\":\"DIGITAL_TRANSFORMATION\","
            + "\"effectiveFrom\":\"2026-01-01\",\"expiresOn\":\"2028-12-31\",\"summary\":\"对实施数字化改造的中小企业给予补助\","
            + "\"benefitWan\":50,\"benefit\":\"按设备投资额的 20% 补助，最高 50 万元\",\"tags\":[\"数字化改造\"],"
            + "\"handlingMode\":\"ONLINE_APPLICATION\",\"materials\":[\"项目投资明细\",\"设备发票\"]}";

    @Test
    public void staffKeepTheLibraryAndThePublicQueriesWhatIsPublished_5_2_1_1() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        HttpResponse<String> bad = post("/lines/policy/policies", "{\"title\":\"\",\"level\":\"GALACTIC\","
                + "\"regionCode\":\"33a\",\"handlingMode\":\"HAND_OFF\"}", staff);
        assertEquals(bad.body(), 400, bad.statusCode());
        assertContains(bad.headers().firstValue("Content-Type").orElse(""), "application/problem+json");
        HttpResponse<String> missing = post("/lines/policy/policies", "{\"title\":\"\",\"regionCode\":\"33a\","
                + "\"handlingMode\":\"HAND_OFF\"}", staff);
        assertEquals(missing.body(), 400, missing.statusCode());
        for (String field : new String[] {"title", "issuer", "level", "category", "regionCode", "handOffSystem"}) {
            assertContains(missing.body(), "\"field\":\"" + field + "\"");
        }
        String enterpriseUser = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + Json.number(post("/enterprises",
                "{\"creditCode\":\"" + code("91330302MA2P0L0A1") + "\",\"name\":\"鹿城政策测试有限公司\",\"regionCode\":\"330302\"}")
                .body(), "id"));
        assertEquals(403, post("/lines/policy/policies", DRAFT, enterpriseUser).statusCode());

        HttpResponse<String> created = post("/lines/policy/policies", DRAFT, staff);
        assertEquals(created.body(), 201, created.statusCode());
        long id = Json.number(created.body(), "id");
        assertEquals("DRAFT", Json.string(created.body(), "status"));
        // A draft does not exist for the public or enterprises.
        assertEquals(404, get("/lines/policy/policies/" + id, null).statusCode());
        assertEquals(0, Json.number(get("/lines/policy/policies?q=" + enc("数字化转型"), null).body(), "total"));
        HttpResponse<String> noVersion = post("/lines/policy/policies/" + id + "/publish", "{}", staff);
        assertEquals(400, noVersion.statusCode());
        assertContains(noVersion.body(), "\"field\":\"version\"");
        String published = post("/lines/policy/policies/" + id + "/publish", "{\"version\":"
                + Json.number(created.body(), "version") + "}", staff).body();
        assertEquals("PUBLISHED", Json.string(published, "status"));
        assertEquals(409, post("/lines/policy/policies/" + id + "/publish", "{\"version\":"
                + Json.number(published, "version") + "}", staff).statusCode());
        // Changes to the policy library are in the platform's audit log (clause 4.4.2).
        String audit = get("/audit?entityType=policy&entityId=" + id).body();
        assertContains(audit, "\"action\":\"policy-create\"");
        assertContains(audit, "\"action\":\"policy-publish\"");

        String found = get("/lines/policy/policies?q=" + enc("数字化转型") + "&category=DIGITAL_TRANSFORMATION&level=CITY", null).body();
        assertEquals(1, Json.number(found, "total"));
        assertContains(found, "温政发〔2026〕12号");
        assertContains(get("/lines/policy/policies/" + id, enterpriseUser).body(), "最高 50 万元");
        HttpResponse<String> badFilter = get("/lines/policy/policies?category=ASTROLOGY&from=yesterday", null);
        assertEquals(400, badFilter.statusCode());
        assertContains(badFilter.body(), "\"field\":\"category\"");
        assertContains(badFilter.body(), "\"field\":\"from\"");
        assertContains(console("esip:policy-list -q 数字化转型"), "温政发〔2026〕12号");
        // The original text as a file of the policy, through the platform's file store (same rules as tickets).
        byte[] original = "%PDF-1.4 温政发〔2026〕12号 原文".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> filed = postBytes("/lines/policy/policies/" + id + "/files?filename=" + enc("政策原文.pdf"),
                original, "application/pdf", staff);
        assertEquals(filed.body(), 201, filed.statusCode());
        HttpResponse<String> notPdf = postBytes("/lines/policy/policies/" + id + "/files?filename=x.pdf",
                new byte[] {'M', 'Z', 0, 0}, "application/pdf", staff);
        assertEquals(400, notPdf.statusCode());
        assertContains(notPdf.body(), "\"field\":\"file\"");
        assertEquals(403, postBytes("/lines/policy/policies/" + id + "/files?filename=a.pdf", original, "application/pdf",
                enterpriseUser).statusCode());
        assertContains(get("/lines/policy/policies/" + id + "/files", null).body(), "政策原文.pdf");
        HttpResponse<byte[]> downloaded = getBytes("/lines/policy/policies/" + id + "/files/" + Json.number(filed.body(), "id"), null);
        assertEquals(200, downloaded.statusCode());
        Assert.assertArrayEquals(original, downloaded.body());

        HttpResponse<String> noReason = post("/lines/policy/policies/" + id + "/withdraw", "{\"version\":"
                + Json.number(published, "version") + "}", staff);
        assertEquals(400, noReason.statusCode());
        assertContains(noReason.body(), "\"field\":\"reason\"");
    }

    @Test
    public void theLinesDataStaysWhenItIsUninstalledAndComesBackWithIt_5_3() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        long id = Json.number(post("/lines/policy/policies", DRAFT.replace("若干政策", "若干政策（重装测试）"), staff).body(), "id");
        console("feature:uninstall esip-line-policy");
        awaitStatus("/lines/policy/policies", 404);
        assertFalse(get("/service-lines").body().contains("\"policy\""));
        // The platform goes on without it.
        assertEquals(200, get("/health").statusCode());
        installLine();
        HttpResponse<String> back = get("/lines/policy/policies/" + id, staff);
        assertEquals(back.body(), 200, back.statusCode());
        assertContains(back.body(), "重装测试");
        assertContains(get("/service-lines").body(), "政策服务专线");
    }

    @Test
    public void policiesAreImportedInBulkAllOrNothingAndCounted_5_2_1_1_3_2() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        String header = "标题,文号,发文单位,层级,区划代码,类别,生效日期,失效日期,最高金额(万元),标签,办理方式,申报材料\n";
        String good = "瓯海区科技型中小企业研发补助,瓯政办〔2026〕3号,瓯海区科技局,县（市、区）级,330304,科技创新,2026-01-01,"
                + "2027-12-31,30,科技型中小企业;研发投入,ONLINE_APPLICATION,研发费用明细;审计报告\n";
        String bad = "乐清市外贸稳增长奖励,乐政办〔2026〕8号,乐清市商务局,TOWNSHIP,33038x,市场开拓,2026/13/01,,-5,,线下办理,\n";
        HttpResponse<String> rejected = postBytes("/lines/policy/policies/import",
                (header + good + bad).getBytes(StandardCharsets.UTF_8), "text/csv", staff);
        assertEquals(rejected.body(), 422, rejected.statusCode());
        assertContains(rejected.body(), "\"committed\":false");
        assertContains(rejected.body(), "\"row\":3,\"key\":\"乐政办〔2026〕8号\",\"outcome\":\"REJECTED\"");
        for (String field : new String[] {"level", "regionCode", "effectiveFrom", "benefitWan"}) {
            assertContains(rejected.body(), "\"field\":\"" + field + "\"");
        }
        assertEquals("nothing stored", 0, Json.number(get("/lines/policy/policies?q=" + enc("研发补助"), staff).body(), "total"));

        HttpResponse<String> stored = postBytes("/lines/policy/policies/import", (header + good).getBytes(StandardCharsets.UTF_8),
                "text/csv", staff);
        assertEquals(stored.body(), 200, stored.statusCode());
        assertContains(stored.body(), "\"created\":1");
        assertContains(postBytes("/lines/policy/policies/import", (header + good).getBytes(StandardCharsets.UTF_8),
                "text/csv", staff).body(), "\"unchanged\":1");
        String json = "[{\"title\":\"温州市专精特新企业奖励\",\"documentNumber\":\"温经信〔2026〕21号\",\"issuer\":\"温州市经信局\","
                + "\"level\":\"CITY\",\"regionCode\":\"3303\",\"category\":\"FUNDING\",\"handlingMode\":\"HAND_OFF\","
                + "\"handOffSystem\":\"浙江政务服务网\",\"benefitWan\":100}]";
        HttpResponse<String> fromJson = postBytes("/lines/policy/policies/import", json.getBytes(StandardCharsets.UTF_8),
                "application/json", staff);
        assertEquals(fromJson.body(), 200, fromJson.statusCode());
        assertContains(fromJson.body(), "\"created\":1");
        assertEquals(401, postBytes("/lines/policy/policies/import", json.getBytes(StandardCharsets.UTF_8),
                "application/json", null).statusCode());

        // The same columns in an Excel workbook.
        byte[] xlsx = xlsx(new String[] {"标题", "文号", "发文单位", "层级", "区划代码", "类别", "失效日期", "办理方式", "转办系统"},
                new String[] {"龙湾区外贸企业参展补助", "龙政办〔2026〕5号", "龙湾区商务局", "县（市、区）级", "330303", "市场开拓",
                    "2027-06-30", "HAND_OFF", "浙江政务服务网"});
        HttpResponse<String> fromExcel = postBytes("/lines/policy/policies/import", xlsx,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", staff);
        assertEquals(fromExcel.body(), 200, fromExcel.statusCode());
        assertContains(fromExcel.body(), "\"created\":1");
        assertContains(get("/lines/policy/policies?q=" + enc("参展补助") + "&status=DRAFT", staff).body(), "\"expiresOn\":\"2027-06-30\"");

        String stats = get("/lines/policy/policies/statistics", staff).body();
        assertContains(stats, "\"INNOVATION\":");
        assertContains(stats, "\"瓯海区科技局\":1");
        assertContains(stats, "\"DRAFT\":");
        assertEquals(401, get("/lines/policy/policies/statistics", null).statusCode());
    }

    @Test
    public void anEnterpriseAppliesOnlineThroughTheClosedLoopAndAHandOffIsFollowed_5_2_1_3_5_2_1_4() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        long e = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330302MA2P0L0B1")
                + "\",\"name\":\"鹿城申报测试有限公司\",\"regionCode\":\"330302\"}").body(), "id");
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + e);
        String online = post("/lines/policy/policies", DRAFT.replace("若干政策", "若干政策（申报测试）")
                .replace("温政发〔2026〕12号", "温政发〔2026〕99号"), staff).body();
        long policy = Json.number(online, "id");
        HttpResponse<String> draftApplied = post("/lines/policy/applications", "{\"policyId\":" + policy + "}", company);
        assertEquals(draftApplied.body(), 409, draftApplied.statusCode());
        assertContains(draftApplied.body(), "\"field\":\"policyId\"");
        post("/lines/policy/policies/" + policy + "/publish", "{\"version\":" + Json.number(online, "version") + "}", staff);

        String applicationBody = "{\"policyId\":" + policy + ",\"statement\":\"已购置数控设备 120 万元\"}";
        HttpResponse<String> applied = postWithKey("/lines/policy/applications", applicationBody, company, "apply-" + policy);
        assertEquals(applied.body(), 201, applied.statusCode());
        long ticket = Json.number(applied.body(), "ticketId");
        assertEquals("SUBMITTED", Json.string(applied.body(), "status"));
        // A client's retry (its reply was lost) with the same Idempotency-Key answers the same application and
        // ticket (line kit TicketKeys): one application, one ticket.
        HttpResponse<String> retried = postWithKey("/lines/policy/applications", applicationBody, company, "apply-" + policy);
        assertEquals(retried.body(), 201, retried.statusCode());
        assertEquals(Json.number(applied.body(), "id"), Json.number(retried.body(), "id"));
        assertEquals(ticket, Json.number(retried.body(), "ticketId"));
        assertEquals(409, post("/lines/policy/applications", "{\"policyId\":" + policy + "}", company).statusCode());
        // The application is a ticket of the enterprise, with the materials the policy asks for.
        String t = get("/tickets/" + ticket, company).body();
        assertContains(t, "政策申报：温州市促进中小企业数字化转型若干政策（申报测试）");
        assertContains(t, "项目投资明细；设备发票");
        step(ticket, "request-info", "\"missingItems\":[\"设备发票\"]", staff);
        step(ticket, "supply-info", "\"description\":\"已补充设备发票\"", company);
        step(ticket, "reject", "\"reason\":\"设备购置时间早于政策生效日期\"", staff);
        String mine = get("/lines/policy/applications", company).body();
        assertContains(mine, "\"status\":\"REJECTED\"");
        assertContains(mine, "设备购置时间早于政策生效日期");

        // Another enterprise's application goes through to approval, feedback, evaluation and the archive.
        long other2 = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330302MA2P0L0C1")
                + "\",\"name\":\"鹿城申报批准有限公司\",\"regionCode\":\"330302\"}").body(), "id");
        String approvedCompany = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + other2);
        String second = post("/lines/policy/applications", "{\"policyId\":" + policy + "}", approvedCompany).body();
        long secondTicket = Json.number(second, "ticketId");
        assertContains(get("/tickets/" + secondTicket, approvedCompany).body(), "\"category\":\"policy.application\"");
        long staffId = Json.number(post("/staff", "{\"name\":\"政策专员\",\"post\":\"SERVICE_STAFF\"}").body(), "id");
        step(secondTicket, "accept", "", staff);
        step(secondTicket, "assign", "\"assignment\":{\"kind\":\"STAFF\",\"id\":" + staffId + ",\"remark\":\"审核申报材料\"}", staff);
        // The assigned staff member signs for it with the account linked to its staff record.
        step(secondTicket, "sign", "", tokenOfNewAccount("STAFF", "\"staffId\":" + staffId));
        step(secondTicket, "start", "\"remark\":\"5 个工作日内完成审核\"", staff);
        step(secondTicket, "resolve", "\"result\":\"审核通过，核定补助 20 万元\",\"fee\":0", staff);
        step(secondTicket, "feedback", "", staff);
        step(secondTicket, "evaluate", "\"grade\":\"SATISFIED\"", approvedCompany);
        step(secondTicket, "close", "", staff);
        String approvedApplication = get("/lines/policy/applications", approvedCompany).body();
        assertContains(approvedApplication, "\"status\":\"CLOSED\"");
        assertContains(approvedApplication, "审核通过，核定补助 20 万元");
        String file = get("/tickets/" + secondTicket + "/archive", approvedCompany).body();
        assertContains(file, "审核通过，核定补助 20 万元");
        assertContains(file, "政策申报：温州市促进中小企业数字化转型若干政策（申报测试）");

        String handOffPolicy = post("/lines/policy/policies", DRAFT.replace("若干政策", "若干政策（转办测试）")
                .replace("温政发〔2026〕12号", "温政发〔2026〕98号").replace("\"handlingMode\":\"ONLINE_APPLICATION\"",
                        "\"handlingMode\":\"HAND_OFF\",\"handOffSystem\":\"浙江政务服务网\""), staff).body();
        long other = Json.number(handOffPolicy, "id");
        post("/lines/policy/policies/" + other + "/publish", "{\"version\":" + Json.number(handOffPolicy, "version") + "}", staff);
        assertEquals(409, post("/lines/policy/applications", "{\"policyId\":" + other + "}", company).statusCode());
        assertEquals(403, post("/lines/policy/applications/hand-offs", "{\"policyId\":" + other + ",\"enterpriseId\":" + e
                + ",\"reference\":\"ZJ-1\"}", company).statusCode());
        String handedOff = post("/lines/policy/applications/hand-offs", "{\"policyId\":" + other + ",\"enterpriseId\":" + e
                + ",\"reference\":\"ZJZW-2026-000123\",\"link\":\"https://www.zjzwfw.gov.cn/\"}", staff).body();
        long application = Json.number(handedOff, "id");
        assertEquals("HANDED_OFF", Json.string(handedOff, "status"));
        HttpResponse<String> skipped = post("/lines/policy/applications/" + application + "/hand-off-status", "{\"version\":"
                + Json.number(handedOff, "version") + ",\"status\":\"PAID_OUT\"}", staff);
        assertEquals(409, skipped.statusCode());
        assertContains(skipped.body(), "ACCEPTED");
        String accepted = post("/lines/policy/applications/" + application + "/hand-off-status", "{\"version\":"
                + Json.number(handedOff, "version") + ",\"status\":\"ACCEPTED\"}", staff).body();
        post("/lines/policy/applications/" + application + "/hand-off-status", "{\"version\":"
                + Json.number(accepted, "version") + ",\"status\":\"APPROVED\",\"outcome\":\"核定补助 24 万元\"}", staff);
        // The outcome reaches the enterprise, as every step did.
        String inbox = get("/notifications", company).body();
        assertContains(inbox, "已转办");
        assertContains(inbox, "核定补助 24 万元");
        assertContains(get("/lines/policy/applications/" + application, company).body(), "\"status\":\"APPROVED\"");
    }

    /** POST JSON with this bearer token and an {@code Idempotency-Key}, as a client that may retry sends it. */
    private HttpResponse<String> postWithKey(String path, String json, String token, String key) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(api(path))).header("Content-Type", "application/json")
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

    /** In 瓯海区, at least 50 employees. */
    private static final String CONDITIONS = "\"eligibility\":[{\"effectiveFrom\":\"2026-01-01\",\"regionPrefixes\":[\"330304\"],"
            + "\"employees\":{\"min\":50,\"max\":null}}],";

    private long enterprise(String first17, String name, String region, String employees) {
        HttpResponse<String> r = post("/enterprises", "{\"creditCode\":\"" + code(first17) + "\",\"name\":\"" + name
                + "\",\"regionCode\":\"" + region + "\"" + (employees == null ? "" : ",\"employees\":" + employees) + "}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    @Test
    public void publishingPushesToExactlyTheEligibleAndTheDiagnosisExplainsEverything_5_2_1_2_3_2() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        // 瓯海区 enterprises: one qualifies, one is five people short, one has no head count on record.
        long fits = enterprise("91330304MA2P0M0A1", "瓯海推送符合有限公司", "330304", "60");
        long close = enterprise("91330304MA2P0M0B1", "瓯海推送差一点有限公司", "330304", "45");
        long blank = enterprise("91330304MA2P0M0C1", "瓯海推送未登记有限公司", "330304", null);
        long elsewhere = enterprise("91330382MA2P0M0D1", "乐清推送外地有限公司", "330382", "500");
        String body = DRAFT.replace("温州市促进中小企业数字化转型若干政策", "瓯海区规上工业企业培育奖励")
                .replace("温政发〔2026〕12号", "瓯政发〔2026〕77号").replace("\"regionCode\":\"3303\"", "\"regionCode\":\"330304\"")
                .replace("\"handlingMode\"", CONDITIONS + "\"handlingMode\"");
        HttpResponse<String> created = post("/lines/policy/policies", body, staff);
        assertEquals(created.body(), 201, created.statusCode());
        long policy = Json.number(created.body(), "id");
        HttpResponse<String> badRule = post("/lines/policy/policies", body.replace("\"330304\"]", "\"33-04\"]"), staff);
        assertEquals(badRule.body(), 400, badRule.statusCode());
        post("/lines/policy/policies/" + policy + "/publish", "{\"version\":" + Json.number(created.body(), "version") + "}", staff);
        // The publication is answered with the matching done; the pushes follow in the background, progress on the policy.
        awaitPushed(policy, staff);
        assertContains(get("/lines/policy/policies/" + policy + "/push-progress", staff).body(),
                "\"toPush\":1,\"pushed\":1,\"done\":true");

        // Exactly the eligible enterprise got it, once.
        String fitsUser = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + fits);
        String closeUser = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + close);
        assertContains(get("/notifications", fitsUser).body(), "瓯海区规上工业企业培育奖励");
        assertFalse(get("/notifications", closeUser).body().contains("瓯海区规上工业企业培育奖励"));
        String reach = get("/lines/policy/policies/" + policy + "/reach", staff).body();
        assertContains(reach, "\"eligible\":[" + fits + "]");
        assertContains(reach, "\"unknown\":[" + blank + "]");
        // Near misses say exactly what is missing: five employees for one, the county for the other.
        assertContains(reach, "\"enterpriseId\":" + close + ",");
        assertContains(reach, "从业人员 45 人，需 ≥ 50 人");
        assertContains(reach, "\"enterpriseId\":" + elsewhere + ",");
        assertContains(reach, "所属区划 330382，需属于 330304");
        String report = get("/lines/policy/policies/" + policy + "/push-report", staff).body();
        assertContains(report, "\"eligible\":1,\"pushed\":1,\"heldBack\":0,\"read\":0");
        long notice = Json.number(get("/notifications", fitsUser).body(), "id");
        post("/notifications/" + notice + "/read", "", fitsUser);
        assertContains(get("/lines/policy/policies/" + policy + "/push-report", staff).body(), "\"read\":1,\"applied\":0,\"readRate\":1.0");

        assertContains(console("esip:policy-reach " + policy), "从业人员 45 人");
        assertContains(console("esip:policy-diagnose " + blank), "UNKNOWN");
        // Matching is explained condition by condition, with the enterprise's own value.
        String mine = get("/lines/policy/enterprises/" + fits + "/policies", fitsUser).body();
        assertContains(mine, "\"policyId\":" + policy);
        assertContains(mine, "从业人员 60 人");
        String near = get("/lines/policy/enterprises/" + close + "/near-misses", closeUser).body();
        assertContains(near, "从业人员 45 人");
        assertEquals(403, get("/lines/policy/enterprises/" + fits + "/policies", closeUser).statusCode());
        String unknown = get("/lines/policy/enterprises/" + blank + "/policies", staff).body();
        assertContains(unknown, "\"verdict\":\"UNKNOWN\"");

        // The diagnosis report, as JSON and as a printable page.
        String diagnosis = get("/lines/policy/enterprises/" + fits + "/diagnosis", fitsUser).body();
        assertContains(diagnosis, "\"totalBenefitWan\":50");
        assertContains(diagnosis, "瓯海区规上工业企业培育奖励");
        HttpResponse<String> page = get("/lines/policy/enterprises/" + close + "/diagnosis?format=html", closeUser);
        assertEquals(200, page.statusCode());
        assertContains(page.headers().firstValue("Content-Type").orElse(""), "text/html");
        assertContains(page.body(), "差一项条件的政策");
        assertContains(page.body(), "从业人员 45 人");
        assertContains(page.body(), "瓯海推送差一点有限公司");
        assertEquals(400, get("/lines/policy/enterprises/" + fits + "/diagnosis?format=doc", fitsUser).statusCode());
        HttpResponse<byte[]> pdf = getBytes("/lines/policy/enterprises/" + fits + "/diagnosis?format=pdf", fitsUser);
        // Without a CJK font on the machine this is a 409 naming the places looked in (README, "The two commands").
        assertEquals(new String(pdf.body(), StandardCharsets.UTF_8), 200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = PDDocument.load(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            // The Chinese is text in the PDF, not pictures of it.
            assertContains(text, "瓯海区规上工业企业培育奖励");
            assertContains(text, "瓯海推送符合有限公司 智能政策诊断报告");
        } catch (IOException x) {
            throw new AssertionError(x);
        }

        // 免申即享: the data decide; the eligible enterprise only confirms, and the payout is followed.
        String exempt = body.replace("瓯海区规上工业企业培育奖励", "瓯海区稳岗留工免申补贴").replace("瓯政发〔2026〕77号", "瓯政发〔2026〕78号")
                .replace("\"handlingMode\":\"ONLINE_APPLICATION\"", "\"handlingMode\":\"EXEMPT\"");
        HttpResponse<String> noConditions = post("/lines/policy/policies", exempt.replace(CONDITIONS, ""), staff);
        assertEquals(noConditions.body(), 400, noConditions.statusCode());
        assertContains(noConditions.body(), "\"field\":\"eligibility\"");
        String exemptPolicy = post("/lines/policy/policies", exempt, staff).body();
        long exemptId = Json.number(exemptPolicy, "id");
        post("/lines/policy/policies/" + exemptId + "/publish", "{\"version\":" + Json.number(exemptPolicy, "version") + "}", staff);
        awaitPushed(exemptId, staff);
        assertContains(get("/notifications", fitsUser).body(), "免申即享");
        String blankUser = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + blank);
        HttpResponse<String> undecided = post("/lines/policy/applications/confirmations", "{\"policyId\":" + exemptId + "}", blankUser);
        assertEquals(undecided.body(), 409, undecided.statusCode());
        assertContains(undecided.body(), "从业人员未登记");
        HttpResponse<String> confirmed = post("/lines/policy/applications/confirmations", "{\"policyId\":" + exemptId + "}", fitsUser);
        assertEquals(confirmed.body(), 201, confirmed.statusCode());
        assertEquals("CONFIRMED", Json.string(confirmed.body(), "status"));
        String paid = post("/lines/policy/applications/" + Json.number(confirmed.body(), "id") + "/hand-off-status",
                "{\"version\":" + Json.number(confirmed.body(), "version") + ",\"status\":\"PAID_OUT\",\"outcome\":\"已拨付 3 万元\"}",
                staff).body();
        assertEquals("PAID_OUT", Json.string(paid, "status"));
        assertContains(get("/notifications", fitsUser).body(), "已拨付 3 万元");
        assertContains(get("/lines/policy/policies/" + exemptId + "/push-report", staff).body(), "\"applied\":1");
        String dashboard = get("/lines/policy/policies/matching-statistics", staff).body();
        assertContains(dashboard, "\"policyId\":" + policy + ",\"title\":\"瓯海区规上工业企业培育奖励\",\"category\":\"DIGITAL_TRANSFORMATION\",\"eligible\":1,\"unknown\":1,\"pushed\":1");
        assertContains(get("/lines/policy/applications/statistics", staff).body(), "\"EXEMPT\":{\"PAID_OUT\":1}");
        assertEquals(403, get("/lines/policy/applications/statistics", fitsUser).statusCode());
    }

    @Test
    public void pushesUseSmsOnlyWhereTheEnterpriseChoseIt_5_2_1_2() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        long keeps = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330305MA2P0N0A1")
                + "\",\"name\":\"洞头短信保留有限公司\",\"regionCode\":\"330305\",\"contactPhone\":\"19905770011\"}").body(), "id");
        long quiet = Json.number(post("/enterprises", "{\"creditCode\":\"" + code("91330305MA2P0N0B1")
                + "\",\"name\":\"洞头短信关闭有限公司\",\"regionCode\":\"330305\",\"contactPhone\":\"19905770012\"}").body(), "id");
        String quietUser = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + quiet);
        assertContains(get("/notifications/channels", quietUser).body(), "\"sms\":true");
        HttpResponse<String> unknownChannel = put("/notifications/channels", "{\"pigeon\":true}", quietUser);
        assertEquals(400, unknownChannel.statusCode());
        assertContains(unknownChannel.body(), "\"field\":\"channels\"");
        assertContains(put("/notifications/channels", "{\"sms\":false}", quietUser).body(), "\"sms\":false");
        assertEquals(403, put("/notifications/channels?enterpriseId=" + keeps, "{\"sms\":false}", quietUser).statusCode());

        String body = DRAFT.replace("温州市促进中小企业数字化转型若干政策", "洞头区海岛企业补助").replace("温政发〔2026〕12号", "洞政发〔2026〕1号")
                .replace("\"handlingMode\"", "\"eligibility\":[{\"regionPrefixes\":[\"330305\"]}],\"handlingMode\"");
        String created = post("/lines/policy/policies", body, staff).body();
        post("/lines/policy/policies/" + Json.number(created, "id") + "/publish", "{\"version\":" + Json.number(created, "version") + "}", staff);
        awaitPushed(Json.number(created, "id"), staff);
        String keepsUser = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + keeps);
        long toKeeps = Json.number(get("/notifications", keepsUser).body(), "id");
        long toQuiet = Json.number(get("/notifications", quietUser).body(), "id");
        assertContains(get("/notifications/" + toKeeps + "/deliveries").body(), "\"channel\":\"sms\"");
        assertEquals("the inbox only", "[]", get("/notifications/" + toQuiet + "/deliveries").body());
    }

    /** Until the background pushes of a published policy are done, as staff see them. */
    private void awaitPushed(long policy, String staff) {
        await("the pushes of policy " + policy + " are done", () -> get("/lines/policy/policies/" + policy
                + "/push-progress", staff).body().contains("\"done\":true"));
    }

    /** A minimal XLSX workbook (one sheet of inline strings), as Excel or WPS would save a simple table. */
    private static byte[] xlsx(String[]... rows) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.length; r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows[r].length; c++) {
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                        .append(rows[r][c]).append("</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        String[][] parts = {
            {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"},
            {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
            {"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"政策\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
            {"xl/worksheets/sheet1.xml", sheet.toString()}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] part : parts) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String code(String first17) {
        return first17 + PlatformIT.checkCharacter(first17);
    }
}

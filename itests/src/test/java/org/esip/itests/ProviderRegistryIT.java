package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

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
 * Service organisations with their admission (clause 6.3), the expert pool (6.2.2), staff (6.2.1) and
 * service points (4.2.5, 5.1.3 c) on the real distribution, with the roles that may see them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProviderRegistryIT extends EsipTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=esip)")
    protected DataSource dataSource;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    private static String code(String first17) {
        return first17 + PlatformIT.checkCharacter(first17);
    }

    private long organisation(String first17, String name, String domains, String extra) {
        HttpResponse<String> r = post("/organisations", "{\"creditCode\":\"" + code(first17) + "\",\"name\":\"" + name
                + "\",\"regionCode\":\"330302\",\"domains\":" + domains + extra + "}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private long version(String path) {
        return Json.number(get(path).body(), "version");
    }

    @Test
    public void anOrganisationIsAdmittedSuspendedReinstatedAndExitsWithItsHistory_6_3() {
        awaitStatus("/health", 200);
        long id = organisation("91330302MA2K0A0A1", "温州测试检测技术有限公司", "[\"INSPECTION_TESTING\",\"CERTIFICATION\"]",
                ",\"contactPhone\":\"0577-88000001\",\"qualifications\":[{\"type\":\"检验检测机构资质认定 CMA\","
                        + "\"number\":\"231100000001\",\"issuer\":\"浙江省市场监督管理局\",\"validUntil\":\"2020-06-30\"}],"
                        + "\"tags\":[\"检测\"],\"allianceMember\":true");
        String o = get("/organisations/" + id).body();
        assertEquals("APPLIED", Json.string(o, "status"));
        assertContains(o, "\"hasExpiredQualification\":true");
        assertContains(o, "\"expired\":true");

        // Only an admitted organisation can be suspended; the 409 names what is allowed.
        HttpResponse<String> early = post("/organisations/" + id + "/suspend", "{\"version\":" + version("/organisations/" + id)
                + ",\"reason\":\"x\"}");
        assertEquals(409, early.statusCode());
        assertContains(early.body(), "ADMITTED, EXITED");
        HttpResponse<String> noAgreement = post("/organisations/" + id + "/admit", "{\"version\":" + version("/organisations/" + id) + "}");
        assertEquals(400, noAgreement.statusCode());
        assertContains(noAgreement.body(), "\"field\":\"agreementNumber\"");
        assertContains(noAgreement.body(), "\"field\":\"agreementDate\"");

        // Clause 6.3.2 a): its only qualification expired, so admission is refused with the reason ...
        HttpResponse<String> unqualified = post("/organisations/" + id + "/admit", "{\"version\":" + version("/organisations/" + id)
                + ",\"agreementNumber\":\"WZQF-2026-001\",\"agreementDate\":\"2026-11-01\"}");
        assertEquals(unqualified.body(), 409, unqualified.statusCode());
        assertContains(unqualified.body(), "\"field\":\"criteria\"");
        // ... unless someone states why it is admitted anyway.
        HttpResponse<String> admitted = post("/organisations/" + id + "/admit", "{\"version\":" + version("/organisations/" + id)
                + ",\"agreementNumber\":\"WZQF-2026-001\",\"agreementDate\":\"2026-11-01\","
                + "\"overrideReason\":\"资质续期材料已受理\"}");
        assertEquals(admitted.body(), 200, admitted.statusCode());
        assertEquals("ADMITTED", Json.string(admitted.body(), "status"));
        assertEquals("WZQF-2026-001", Json.string(admitted.body(), "agreementNumber"));
        long v = Json.number(admitted.body(), "version");
        assertEquals(409, post("/organisations/" + id + "/suspend", "{\"version\":" + (v - 1) + ",\"reason\":\"stale\"}")
                .statusCode());
        assertEquals(200, post("/organisations/" + id + "/suspend", "{\"version\":" + v + ",\"reason\":\"资质过期\"}").statusCode());
        assertEquals(200, post("/organisations/" + id + "/reinstate", "{\"version\":" + version("/organisations/" + id)
                + ",\"reason\":\"资质已更新\"}").statusCode());
        assertEquals(200, post("/organisations/" + id + "/exit", "{\"version\":" + version("/organisations/" + id)
                + ",\"reason\":\"主动退出\"}").statusCode());
        HttpResponse<String> afterExit = post("/organisations/" + id + "/reinstate", "{\"version\":"
                + version("/organisations/" + id) + ",\"reason\":\"x\"}");
        assertEquals(409, afterExit.statusCode());

        String history = get("/organisations/" + id + "/history").body();
        int entries = history.split("\"to\":").length - 1;
        assertEquals(history, 5, entries);
        assertContains(history, "\"from\":\"SUSPENDED\",\"to\":\"ADMITTED\",\"reason\":\"资质已更新\"");
        assertContains(history, "\"to\":\"EXITED\",\"reason\":\"主动退出\"");
        assertContains(console("esip:org-show " + id), "WZQF-2026-001");
    }

    @Test
    public void organisationsAreFoundByDomainTagStatusAndRegion_6_3() {
        awaitStatus("/health", 200);
        long a = organisation("91330381MA2K0B0A1", "瑞安测试知识产权代理有限公司", "[\"INTELLECTUAL_PROPERTY\"]", ",\"tags\":[\"专利\"],"
                + VALID_QUALIFICATION);
        organisation("91330381MA2K0B0B1", "瑞安测试律师事务所", "[\"LEGAL_CONSULTING\"]", "");
        assertContains(console("esip:org-admit " + a + " WZQF-2026-002 2026-10-01"), "ADMITTED");
        String q = "&q=" + URLEncoder.encode("瑞安测试", StandardCharsets.UTF_8);
        assertEquals(1, Json.number(get("/organisations?domain=INTELLECTUAL_PROPERTY" + q).body(), "total"));
        assertEquals(1, Json.number(get("/organisations?tag=" + URLEncoder.encode("专利", StandardCharsets.UTF_8) + q).body(), "total"));
        assertEquals(1, Json.number(get("/organisations?status=ADMITTED" + q).body(), "total"));
        assertEquals(2, Json.number(get("/organisations?region=3303" + q).body(), "total"));
        // Names sort by code point on the embedded database: 律 (U+5F8B) before 知 (U+77E5).
        assertContains(get("/organisations?sort=name" + q + "&size=1").body(), "瑞安测试律师事务所");
        assertContains(get("/organisations?sort=-name" + q + "&size=1").body(), "瑞安测试知识产权代理有限公司");
        assertEquals(400, get("/organisations?domain=COOKING").statusCode());
        HttpResponse<String> noDomain = post("/organisations", "{\"creditCode\":\"" + code("91330381MA2K0B0C1")
                + "\",\"name\":\"无领域\",\"regionCode\":\"330381\",\"domains\":[]}");
        assertEquals(400, noDomain.statusCode());
        assertContains(noDomain.body(), "\"field\":\"domains\"");
        assertContains(console("esip:org-list -d INTELLECTUAL_PROPERTY"), "瑞安测试知识产权代理有限公司");
        // The operator types the reason as words; the console finds the version itself.
        assertContains(console("esip:org-suspend " + a + " 资质 待 复核"), "SUSPENDED");
        assertContains(get("/organisations/" + a + "/history").body(), "\"to\":\"SUSPENDED\",\"reason\":\"资质 待 复核\"");
        assertContains(console("esip:org-reinstate " + a + " 复核 通过"), "ADMITTED");
        assertContains(console("esip:org-show " + a), "复核 通过");
    }

    @Test
    public void expertsEnterAndLeaveThePoolWithDatedHistory_6_2_2() throws Exception {
        awaitStatus("/health", 200);
        HttpResponse<String> consulting = post("/experts", "{\"name\":\"赵专家\",\"domains\":[\"LEGAL_CONSULTING\"]}");
        assertEquals(400, consulting.statusCode());
        assertContains(consulting.body(), "\"field\":\"domains\"");
        HttpResponse<String> created = post("/experts", "{\"name\":\"钱教授\",\"idNumber\":\"330302198001011234\","
                + "\"domains\":[\"DIGITAL_APPLICATION\",\"INDUSTRIAL_DESIGN\"],\"title\":\"教授\",\"seniorTitle\":true,"
                + "\"employer\":\"温州某高校\",\"phone\":\"13800000002\",\"volunteer\":true,\"regionCode\":\"330304\"}");
        assertEquals(created.body(), 201, created.statusCode());
        long id = Json.number(created.body(), "id");
        assertContains(created.body(), "\"inPool\":true");

        HttpResponse<String> noReason = post("/experts/" + id + "/pool/leave", "{\"version\":" + version("/experts/" + id) + "}");
        assertEquals(400, noReason.statusCode());
        assertContains(noReason.body(), "\"field\":\"reason\"");
        assertEquals(200, post("/experts/" + id + "/pool/leave", "{\"version\":" + version("/experts/" + id)
                + ",\"reason\":\"工作调动\"}").statusCode());
        assertEquals(409, post("/experts/" + id + "/pool/leave", "{\"version\":" + version("/experts/" + id)
                + ",\"reason\":\"again\"}").statusCode());
        assertEquals(1, Json.number(get("/experts?inPool=false&q=" + URLEncoder.encode("钱教授", StandardCharsets.UTF_8)).body(), "total"));
        assertContains(console("esip:expert-pool-enter " + id + " 重新 入库"), "in pool");
        String history = get("/experts/" + id + "/history").body();
        assertContains(history, "\"from\":\"IN_POOL\",\"to\":\"OUT_OF_POOL\",\"reason\":\"工作调动\"");
        assertContains(history, "\"from\":\"OUT_OF_POOL\",\"to\":\"IN_POOL\"");
        assertEquals(1, Json.number(get("/experts?domain=DIGITAL_APPLICATION&senior=true&q="
                + URLEncoder.encode("钱教授", StandardCharsets.UTF_8)).body(), "total"));
        assertContains(console("esip:expert-pool-leave " + id + " 年满 七十 退出"), "out of pool");
        assertContains(get("/experts/" + id).body(), "\"inPool\":false");
        assertContains(console("esip:expert-show " + id), "年满 七十 退出");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID_NUMBER, PHONE FROM EXPERT WHERE ID = " + id)) {
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains("330302198001011234"));
            assertFalse(rs.getString(2).contains("13800000002"));
        }
    }

    @Test
    public void staffWorkAtServicePointsAndKeepTheirTraining_6_2_1() {
        awaitStatus("/health", 200);
        HttpResponse<String> noTownship = post("/service-points", "{\"code\":\"330382-LS\",\"name\":\"柳市镇企业服务中心\","
                + "\"kind\":\"TOWNSHIP_CENTRE\",\"regionCode\":\"330382\"}");
        assertEquals(400, noTownship.statusCode());
        assertContains(noTownship.body(), "\"field\":\"township\"");
        HttpResponse<String> point = post("/service-points", "{\"code\":\"330382-LS\",\"name\":\"柳市镇企业服务中心\","
                + "\"kind\":\"TOWNSHIP_CENTRE\",\"regionCode\":\"330382\",\"township\":\"柳市镇\",\"phone\":\"0577-61110000\"}");
        assertEquals(point.body(), 201, point.statusCode());
        long pointId = Json.number(point.body(), "id");
        assertEquals(409, post("/service-points", "{\"code\":\"330382-LS\",\"name\":\"重复\",\"kind\":\"PLATFORM_WINDOW\","
                + "\"regionCode\":\"330382\"}").statusCode());
        // Where enterprises are served is public information.
        assertContains(get("/service-points?region=330382", null).body(), "柳市镇企业服务中心");
        assertContains(get("/service-domains", null).body(), "\"nameZh\":\"检验检测\"");

        HttpResponse<String> unknownPoint = post("/staff", "{\"name\":\"孙一\",\"post\":\"SERVICE_STAFF\",\"servicePointIds\":[987654]}");
        assertEquals(400, unknownPoint.statusCode());
        assertContains(unknownPoint.body(), "\"field\":\"servicePointIds\"");
        HttpResponse<String> staff = post("/staff", "{\"name\":\"孙一\",\"post\":\"ENTERPRISE_SERVICE\",\"fullTime\":false,"
                + "\"phone\":\"13700000003\",\"servicePointIds\":[" + pointId + "]}");
        assertEquals(staff.body(), 201, staff.statusCode());
        long staffId = Json.number(staff.body(), "id");
        HttpResponse<String> trained = post("/staff/" + staffId + "/training", "{\"title\":\"企业服务规范培训\","
                + "\"provider\":\"温州市经信局\",\"startedOn\":\"2026-09-10\",\"hours\":16}");
        assertEquals(trained.body(), 200, trained.statusCode());
        assertContains(trained.body(), "企业服务规范培训");
        assertEquals(1, Json.number(get("/staff?servicePointId=" + pointId).body(), "total"));
        assertContains(console("esip:staff-list --point " + pointId), "孙一");
        assertContains(console("esip:point-list -r 330382"), "330382-LS");
        String shown = console("esip:staff-show " + staffId);
        assertContains(shown, "企业服务规范培训");
        assertContains(shown, "330382-LS");
        assertContains(shown, "兼职 part-time");
        assertEquals(200, post("/staff/" + staffId + "/retire", "{\"version\":" + version("/staff/" + staffId)
                + ",\"reason\":\"调岗\"}").statusCode());
        assertEquals(0, Json.number(get("/staff?servicePointId=" + pointId).body(), "total"));
        assertEquals(1, Json.number(get("/staff?active=false&servicePointId=" + pointId).body(), "total"));
        // A retired point leaves the public list; the platform's readers still find it.
        assertContains(console("esip:point-retire " + pointId + " 并入 市级 窗口"), "330382-LS");
        assertEquals(409, post("/service-points/" + pointId + "/retire", "{\"version\":"
                + version("/service-points/" + pointId) + ",\"reason\":\"again\"}").statusCode());
        assertContains(console("esip:point-list --retired -r 330382"), "330382-LS");
        assertEquals(0, Json.number(get("/service-points?q=330382-LS", null).body(), "total"));
        assertEquals(401, get("/service-points?active=false", null).statusCode());
        assertEquals(1, Json.number(get("/service-points?active=false&q=330382-ls").body(), "total"));
        assertEquals(400, get("/service-points?active=maybe").statusCode());
    }

    @Test
    public void eachRoleSeesOnlyWhatItMay_6_1_b() {
        awaitStatus("/health", 200);
        long own = organisation("91330383MA2K0C0A1", "龙港测试设计有限公司", "[\"INDUSTRIAL_DESIGN\"]",
                ",\"contactPerson\":\"周五\"");
        long other = organisation("91330383MA2K0C0B1", "龙港测试咨询有限公司", "[\"MANAGEMENT_CONSULTING\"]", "");
        String orgUser = tokenOfNewAccount("ORGANISATION", "\"organisationId\":" + own);
        assertEquals(1, Json.number(get("/organisations", orgUser).body(), "total"));
        assertContains(get("/organisations", orgUser).body(), "龙港测试设计有限公司");
        assertEquals(403, get("/organisations/" + other, orgUser).statusCode());
        assertEquals(403, get("/organisations/" + other + "/history", orgUser).statusCode());
        long v = version("/organisations/" + own);
        // Its own user changes its contact details; what it leaves out is kept, what the platform keeps is refused.
        HttpResponse<String> ownUpdate = put("/organisations/" + own, "{\"version\":" + v + ",\"name\":\"龙港测试设计有限公司\","
                + "\"domains\":[\"INDUSTRIAL_DESIGN\"],\"contactPerson\":\"吴六\"}", orgUser);
        assertEquals(ownUpdate.body(), 200, ownUpdate.statusCode());
        assertEquals("吴六", Json.string(ownUpdate.body(), "contactPerson"));
        assertEquals("330302", Json.string(ownUpdate.body(), "regionCode"));
        HttpResponse<String> ownDomains = put("/organisations/" + own, "{\"version\":" + (v + 1)
                + ",\"domains\":[\"INDUSTRIAL_DESIGN\",\"FINANCING\"]}", orgUser);
        assertEquals(ownDomains.body(), 403, ownDomains.statusCode());
        assertContains(ownDomains.body(), "domains");
        assertEquals(400, get("/experts?inPool=yes").statusCode());
        assertContains(get("/experts?inPool=yes").body(), "\"field\":\"inPool\"");
        assertEquals(403, put("/organisations/" + own, "{\"version\":" + (v + 1) + ",\"name\":\"龙港测试设计有限公司\","
                + "\"regionCode\":\"330383\",\"domains\":[\"INDUSTRIAL_DESIGN\"],\"allianceMember\":true}", orgUser).statusCode());
        assertEquals(403, post("/organisations/" + own + "/admit", "{\"version\":" + (v + 1)
                + ",\"agreementNumber\":\"self\",\"agreementDate\":\"2026-11-01\"}", orgUser).statusCode());
        assertEquals(403, get("/experts", orgUser).statusCode());
        assertEquals(403, get("/staff", orgUser).statusCode());
        assertEquals(409, put("/organisations/" + own, "{\"version\":" + v + ",\"name\":\"旧版本\",\"regionCode\":\"330383\","
                + "\"domains\":[\"INDUSTRIAL_DESIGN\"]}").statusCode());

        long expert = Json.number(post("/experts", "{\"name\":\"郑工\",\"domains\":[\"ENERGY_ENVIRONMENT\"]}").body(), "id");
        String expertUser = tokenOfNewAccount("EXPERT", "\"expertId\":" + expert);
        assertEquals(200, get("/experts/" + expert, expertUser).statusCode());
        assertEquals(1, Json.number(get("/experts", expertUser).body(), "total"));
        assertEquals(403, get("/organisations/" + own, expertUser).statusCode());

        String auditor = tokenOfNewAccount("AUDITOR", "");
        assertEquals(200, get("/organisations/" + other, auditor).statusCode());
        assertEquals(200, get("/staff", auditor).statusCode());
        assertEquals(403, post("/organisations/" + other + "/exit", "{\"version\":1,\"reason\":\"x\"}", auditor).statusCode());
        assertEquals(403, post("/experts", "{\"name\":\"x\",\"domains\":[\"EXPERIMENT\"]}", auditor).statusCode());
        HttpResponse<String> unknownBinding = post("/accounts", "{\"username\":\"org-ghost\",\"password\":\"Ghost-2026-pw\","
                + "\"roles\":[\"ORGANISATION\"],\"organisationId\":987654}");
        assertEquals(400, unknownBinding.statusCode());
        assertContains(unknownBinding.body(), "\"field\":\"organisationId\"");
    }

    @Test
    public void organisationListsImportAllOrNothingAndExportRoundTrips_6_3() {
        awaitStatus("/health", 200);
        String csv = "统一社会信用代码,机构名称,所属区划代码,服务领域,服务形式,联盟成员,资质\n"
                + code("91330304MA2K0D0A1") + ",瓯海导入检测有限公司,330304,检验检测;CERTIFICATION,线上线下,是,"
                + "CMA|2311|浙江省市场监督管理局|2099-12-31\n"
                + code("91330304MA2K0D0B1") + ",瓯海导入设计有限公司,330304,工业设计,入驻,否,\n";
        String bad = csv + code("91330304MA2K0D0C1") + ",瓯海导入坏行,330304,烹饪,火星,也许,\n";
        HttpResponse<String> rejected = postBytes("/organisations/import", bad.getBytes(StandardCharsets.UTF_8),
                "text/csv", adminToken());
        assertEquals(rejected.body(), 422, rejected.statusCode());
        assertContains(rejected.body(), "\"row\":4");
        assertContains(rejected.body(), "\"field\":\"domains\"");
        assertContains(rejected.body(), "\"field\":\"presence\"");
        assertContains(rejected.body(), "\"field\":\"allianceMember\"");
        String q = "?q=" + URLEncoder.encode("瓯海导入", StandardCharsets.UTF_8);
        assertEquals(0, Json.number(get("/organisations" + q).body(), "total"));

        HttpResponse<String> stored = postBytes("/organisations/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                adminToken());
        assertEquals(stored.body(), 200, stored.statusCode());
        assertEquals(2, Json.number(stored.body(), "created"));
        String found = get("/organisations" + q + "&domain=CERTIFICATION").body();
        assertContains(found, "\"presence\":\"BOTH\"");
        assertContains(found, "\"status\":\"APPLIED\"");
        for (String format : new String[] {"csv", "xlsx"}) {
            HttpResponse<byte[]> file = getBytes("/organisations/export" + q + "&format=" + format, adminToken());
            assertEquals(200, file.statusCode());
            HttpResponse<String> again = postBytes("/organisations/import", file.body(), format.equals("csv") ? "text/csv"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", adminToken());
            assertEquals(again.body(), 200, again.statusCode());
            assertEquals(format, 2, Json.number(again.body(), "unchanged"));
        }
    }
}

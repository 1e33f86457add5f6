package org.esip.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;

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
 * The enterprise registry (clause 4.4.2) on the real distribution: the profile with its size and
 * qualifications, the tag vocabulary, search, retirement, spreadsheet import and export, and personal
 * data encrypted at rest.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EnterpriseRegistryIT extends EsipTestSupport {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    @Filter("(osgi.jndi.service.name=esip)")
    protected DataSource dataSource;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    static String code(String first17) {
        return first17 + PlatformIT.checkCharacter(first17);
    }

    @Test
    public void theProfileCarriesSizeQualificationsAndEncryptedContacts_4_4_2() throws Exception {
        awaitStatus("/health", 200);
        String code = code("91330382MA2J0A0A1");
        HttpResponse<String> created = post("/enterprises", "{\"creditCode\":\"" + code + "\",\"name\":\"乐清测试电气有限公司\","
                + "\"regionCode\":\"330382\",\"township\":\"柳市镇\",\"industryCode\":\"C3823\",\"legalRepresentative\":\"王一\","
                + "\"contactPerson\":\"李二\",\"contactPhone\":\"13957700001\",\"contactEmail\":\"li@example.cn\","
                + "\"employees\":320,\"annualRevenue\":25000,\"foundedOn\":\"2005-06-01\","
                + "\"qualifications\":[{\"type\":\"HIGH_TECH\",\"number\":\"GR202333001234\",\"validUntil\":\"2099-12-31\"},"
                + "{\"type\":\"TECH_SME\",\"validUntil\":\"2020-12-31\"}],\"tags\":[\"智能电气\",\"自选标签\"]}");
        assertEquals(created.body(), 201, created.statusCode());
        long id = Json.number(created.body(), "id");
        String body = get("/enterprises/" + id).body();
        assertEquals("MEDIUM", Json.string(body, "size"));
        assertEquals("COMPUTED", Json.string(body, "sizeSource"));
        assertContains(body, "\"sizeOverride\":null");
        assertEquals("电气机械和器材制造业", Json.string(body, "industryName"));
        assertEquals("13957700001", Json.string(body, "contactPhone"));
        assertContains(body, "\"type\":\"TECH_SME\",\"number\":null,\"issuedOn\":null,\"validUntil\":\"2020-12-31\",\"expired\":true");
        assertContains(body, "\"validUntil\":\"2099-12-31\",\"expired\":false");

        // Staff overrides the size; the rules no longer decide it.
        long version = Json.number(body, "version");
        HttpResponse<String> overridden = put("/enterprises/" + id, "{\"version\":" + version + ",\"name\":\"乐清测试电气有限公司\","
                + "\"regionCode\":\"330382\",\"industryCode\":\"C3823\",\"employees\":320,\"annualRevenue\":25000,"
                + "\"contactPhone\":\"13957700001\",\"sizeOverride\":\"LARGE\",\"tags\":[\"智能电气\"]}");
        assertEquals(overridden.body(), 200, overridden.statusCode());
        assertEquals("LARGE", Json.string(overridden.body(), "size"));
        assertContains(overridden.body(), "\"sizeOverridden\":true");
        assertEquals("OVERRIDDEN", Json.string(overridden.body(), "sizeSource"));
        assertEquals("LARGE", Json.string(overridden.body(), "sizeOverride"));

        // Reading the raw table shows no phone number and no e-mail address.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM ENTERPRISE WHERE ID = " + id)) {
            assertTrue(rs.next());
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
            }
            assertFalse(row.toString(), row.toString().contains("13957700001"));
            assertFalse(row.toString(), row.toString().contains("li@example.cn"));
            assertTrue(rs.getString("CONTACT_PHONE").startsWith("ENC1:"));
        }
        // The audit log names who changed what, and masks personal data.
        String audit = get("/audit?entityType=enterprise&entityId=" + id).body();
        assertContains(audit, "\"action\":\"update\"");
        assertContains(audit, "sizeOverridden");
        assertFalse(audit.contains("13957700001"));
        assertContains(audit, "***");
    }

    @Test
    public void tagsAreAVocabularyPlusFreeTagsAndSearchFindsByEveryCriterion_4_4_2() {
        awaitStatus("/health", 200);
        assertEquals(201, post("/tags", "{\"code\":\"泵阀\",\"nameZh\":\"泵阀\",\"nameEn\":\"Pumps and valves\",\"category\":\"INDUSTRY_CHAIN\"}")
                .statusCode());
        assertEquals(409, post("/tags", "{\"code\":\"泵阀\",\"nameZh\":\"泵阀\",\"nameEn\":\"x\",\"category\":\"OTHER\"}").statusCode());
        HttpResponse<String> badTag = post("/tags", "{\"code\":\"x\",\"nameZh\":\"x\",\"nameEn\":\"x\",\"category\":\"COLOUR\"}");
        assertEquals(400, badTag.statusCode());
        assertContains(badTag.body(), "\"field\":\"category\"");
        assertContains(get("/tags?category=INDUSTRY_CHAIN").body(), "Pumps and valves");

        long a = register(code("91330324MA2J0B0A1"), "永嘉搜索泵阀甲有限公司", "330324", "C3441", 50, 3000, "[\"泵阀\",\"外贸\"]");
        register(code("91330324MA2J0B0B1"), "永嘉搜索泵阀乙有限公司", "330324", "C3441", 8, 200, "[\"泵阀\"]");
        register(code("91330302MA2J0B0C1"), "鹿城搜索鞋业有限公司", "330302", "C1952", 400, 30000, "[\"外贸\"]");

        String enterprise = get("/enterprises/" + a).body();
        assertContains(enterprise, "\"freeTags\":[\"外贸\"]");

        assertEquals(2, Json.number(get("/enterprises?tag=" + enc("泵阀") + "&q=" + enc("搜索")).body(), "total"));
        assertEquals(1, Json.number(get("/enterprises?region=330302&q=" + enc("搜索")).body(), "total"));
        assertEquals(3, Json.number(get("/enterprises?region=3303&q=" + enc("搜索")).body(), "total"));
        assertEquals(2, Json.number(get("/enterprises?industry=C34&q=" + enc("搜索")).body(), "total"));
        String byCode = get("/enterprises?creditCode=" + code("91330302MA2J0B0C1").toLowerCase()).body();
        assertEquals(1, Json.number(byCode, "total"));
        assertContains(byCode, "鹿城搜索鞋业有限公司");
        assertEquals(3, Json.number(get("/enterprises?creditCode=91330&q=" + enc("搜索")).body(), "total"));
        assertEquals(1, Json.number(get("/enterprises?scale=MICRO&q=" + enc("搜索")).body(), "total"));
        String byRevenue = get("/enterprises?q=" + enc("搜索") + "&sort=-annualRevenue&size=1").body();
        assertContains(byRevenue, "鹿城搜索鞋业有限公司");
        assertEquals(3, Json.number(byRevenue, "total"));
        HttpResponse<String> badSort = get("/enterprises?sort=colour");
        assertEquals(400, badSort.statusCode());
        assertContains(badSort.body(), "\"field\":\"sort\"");
        assertEquals(400, get("/enterprises?scale=HUGE").statusCode());

        // Soft retirement: out of the default search, kept with its reason.
        long version = Json.number(enterprise, "version");
        HttpResponse<String> retired = post("/enterprises/" + a + "/retire", "{\"version\":" + version + ",\"reason\":\"迁出本县\"}");
        assertEquals(retired.body(), 200, retired.statusCode());
        assertEquals("RETIRED", Json.string(retired.body(), "status"));
        assertTrue(retired.body(), Json.string(retired.body(), "retiredAt").startsWith("20"));
        assertEquals(1, Json.number(get("/enterprises?tag=" + enc("泵阀") + "&q=" + enc("搜索")).body(), "total"));
        assertContains(get("/enterprises?status=RETIRED&q=" + enc("搜索")).body(), "迁出本县");
        assertEquals(409, post("/enterprises/" + a + "/retire", "{\"version\":" + version + ",\"reason\":\"again\"}").statusCode());
    }

    @Test
    public void aCountySpreadsheetImportsAllOrNothingWithARowReport_4_4_2() throws Exception {
        awaitStatus("/health", 200);
        String good = "\uFEFF统一社会信用代码,企业名称,所属区划代码,乡镇街道,行业代码,从业人员,营业收入(万元),联系电话,标签\n"
                + code("91330381MA2J0C0A1") + ",瑞安导入汽配甲有限公司,330381,塘下镇,C3670,45,1800,13900000001,汽摩配;外贸\n"
                + code("91330381MA2J0C0B1") + ",瑞安导入汽配乙有限公司,330381,塘下镇,C3670,12,260,,汽摩配\n";
        HttpResponse<String> dry = postBytes("/enterprises/import?dryRun=true", good.getBytes(StandardCharsets.UTF_8),
                "text/csv", adminToken());
        assertEquals(dry.body(), 200, dry.statusCode());
        assertContains(dry.body(), "\"committed\":false");
        assertEquals(0, Json.number(get("/enterprises?q=" + enc("瑞安导入")).body(), "total"));

        HttpResponse<String> stored = postBytes("/enterprises/import", good.getBytes(StandardCharsets.UTF_8), "text/csv",
                adminToken());
        assertEquals(stored.body(), 200, stored.statusCode());
        assertContains(stored.body(), "\"committed\":true");
        assertEquals(2, Json.number(stored.body(), "created"));
        assertEquals(2, Json.number(get("/enterprises?q=" + enc("瑞安导入")).body(), "total"));

        // A client that chose an Import-Id reads the import's progress (here after it ended); no one else does.
        HttpResponse<String> followed = postBytes("/enterprises/import?dryRun=true", good.getBytes(StandardCharsets.UTF_8),
                "text/csv", adminToken(), "Import-Id", "it-import-0001");
        assertEquals(followed.body(), 200, followed.statusCode());
        HttpResponse<String> progress = get("/enterprises/import/it-import-0001", adminToken());
        assertEquals(progress.body(), 200, progress.statusCode());
        assertContains(progress.body(), "\"phase\":\"DONE\"");
        assertEquals(2, Json.number(progress.body(), "total"));
        assertEquals(2, Json.number(progress.body(), "checked"));
        assertEquals(404, get("/enterprises/import/it-import-0001", tokenOfNewAccount("STAFF", "")).statusCode());
        assertEquals(404, get("/enterprises/import/it-import-none", adminToken()).statusCode());
        HttpResponse<String> badId = postBytes("/enterprises/import?dryRun=true", good.getBytes(StandardCharsets.UTF_8),
                "text/csv", adminToken(), "Import-Id", "x");
        assertEquals(badId.body(), 400, badId.statusCode());
        assertContains(badId.body(), "\"field\":\"Import-Id\"");

        // One bad row: nothing of the file is stored, and the report says which row and why.
        String bad = "统一社会信用代码,企业名称,所属区划代码,从业人员\n"
                + code("91330381MA2J0C0A1") + ",瑞安导入汽配甲有限公司（改名）,330381,46\n"
                + code("91330381MA2J0C0C1") + ",瑞安导入汽配丙有限公司,330381,很多\n"
                + "91330381MA2J0C0D1X,瑞安导入坏码有限公司,330381,3\n";
        HttpResponse<String> rejected = postBytes("/enterprises/import", bad.getBytes(StandardCharsets.UTF_8), "text/csv",
                adminToken());
        assertEquals(rejected.body(), 422, rejected.statusCode());
        assertContains(rejected.body(), "\"committed\":false");
        assertEquals(2, Json.number(rejected.body(), "rejected"));
        assertContains(rejected.body(), "\"row\":3");
        assertContains(rejected.body(), "\"field\":\"employees\"");
        assertContains(rejected.body(), "\"row\":4");
        assertContains(rejected.body(), "\"field\":\"creditCode\"");
        assertEquals(0, Json.number(get("/enterprises?q=" + enc("改名")).body(), "total"));

        // The same credit code twice in one file: both rows are rejected, nothing is stored.
        String twice = "统一社会信用代码,企业名称,所属区划代码\n"
                + code("91330381MA2J0C0E1") + ",瑞安导入重复甲有限公司,330381\n"
                + code("91330381MA2J0C0E1") + ",瑞安导入重复乙有限公司,330381\n";
        HttpResponse<String> duplicate = postBytes("/enterprises/import", twice.getBytes(StandardCharsets.UTF_8),
                "text/csv", adminToken());
        assertEquals(duplicate.body(), 422, duplicate.statusCode());
        assertContains(duplicate.body(), "\"field\":\"creditCode\"");
        assertEquals(0, Json.number(get("/enterprises?q=" + enc("重复")).body(), "total"));

        HttpResponse<String> noColumn = postBytes("/enterprises/import", "企业名称\n甲\n".getBytes(StandardCharsets.UTF_8),
                "text/csv", adminToken());
        assertEquals(400, noColumn.statusCode());
        assertContains(noColumn.body(), "\"field\":\"file\"");
        assertEquals(400, postBytes("/enterprises/import", "PK not really".getBytes(), XLSX, adminToken()).statusCode());
        String staffless = tokenOfNewAccount("AUDITOR", "");
        assertEquals(403, postBytes("/enterprises/import", good.getBytes(StandardCharsets.UTF_8), "text/csv", staffless)
                .statusCode());
    }

    @Test
    public void anExportReimportsUnchangedInCsvAndXlsx_4_4_2() throws Exception {
        awaitStatus("/health", 200);
        register(code("91330383MA2J0D0A1"), "龙港导出印刷甲有限公司", "330383", "C2319", 30, 900, "[\"印刷包装\"]");
        long second = register(code("91330383MA2J0D0B1"), "龙港导出印刷乙有限公司", "330383", "C2319", 6, 80, "[]");
        for (String format : new String[] {"csv", "xlsx"}) {
            HttpResponse<byte[]> file = getBytes("/enterprises/export?format=" + format + "&q=" + enc("龙港导出"),
                    adminToken());
            assertEquals(200, file.statusCode());
            assertContains(file.headers().firstValue("Content-Disposition").orElse(""), "enterprises." + format);
            HttpResponse<String> again = postBytes("/enterprises/import", file.body(),
                    format.equals("csv") ? "text/csv" : XLSX, adminToken());
            assertEquals(again.body(), 200, again.statusCode());
            assertEquals(format, 2, Json.number(again.body(), "unchanged"));
            assertEquals(format, 0, Json.number(again.body(), "updated"));
        }
        // The console does the same for the operator.
        Path csv = Files.createTempFile("esip-export", ".csv");
        assertContains(console("esip:enterprise-export -q 龙港导出 " + csv), "Exported");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertContains(text, "统一社会信用代码");
        assertContains(text, "龙港导出印刷甲有限公司");
        assertContains(console("esip:enterprise-import --dry-run " + csv), "unchanged 2");
        assertContains(console("esip:enterprise-list -q 龙港导出"), "龙港导出印刷乙有限公司");
        assertContains(console("esip:enterprise-show " + code("91330383MA2J0D0A1")), "印刷和记录媒介复制业");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Arrays.copyOf(Files.readAllBytes(csv), 3));

        // Retired from the console with a reason of several words: out of the list, found with its status.
        assertContains(console("esip:enterprise-retire " + second + " 迁出 龙港"), "Retired");
        assertFalse(console("esip:enterprise-list -q 龙港导出").contains("龙港导出印刷乙有限公司"));
        assertContains(console("esip:enterprise-list --status RETIRED -q 龙港导出"), "龙港导出印刷乙有限公司");
        assertContains(console("esip:enterprise-show " + second), "迁出 龙港");
    }

    @Test
    public void anEnterpriseUserMaintainsItsOwnRecordButNotTheStaffsDecisions_4_4_2() {
        awaitStatus("/health", 200);
        long own = register(code("91330304MA2J0E0A1"), "瓯海自管眼镜有限公司", "330304", "C3587", 60, 2500, "[]");
        long other = register(code("91330304MA2J0E0B1"), "瓯海他家眼镜有限公司", "330304", "C3587", 60, 2500, "[]");
        String user = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + own);

        HttpResponse<String> list = get("/enterprises?q=" + enc("瓯海"), user);
        assertEquals(list.body(), 200, list.statusCode());
        assertEquals(1, Json.number(list.body(), "total"));
        assertFalse(list.body().contains("瓯海他家眼镜有限公司"));
        assertEquals(403, get("/enterprises/" + other, user).statusCode());

        // Its own contact, address and tags: yes.
        long version = Json.number(get("/enterprises/" + own, user).body(), "version");
        String mine = "\"name\":\"瓯海自管眼镜有限公司\",\"regionCode\":\"330304\",\"industryCode\":\"C3587\","
                + "\"employees\":60,\"annualRevenue\":2500,\"address\":\"娄桥街道古岸头路8号\",\"contactPerson\":\"周三\","
                + "\"contactPhone\":\"13957700002\",\"tags\":[\"眼镜\"]";
        HttpResponse<String> changed = put("/enterprises/" + own, "{\"version\":" + version + "," + mine + "}", user);
        assertEquals(changed.body(), 200, changed.statusCode());
        assertEquals("娄桥街道古岸头路8号", Json.string(changed.body(), "address"));
        assertEquals("COMPUTED", Json.string(changed.body(), "sizeSource"));
        version = Json.number(changed.body(), "version");

        // The size is the staff's decision, retirement too; spreadsheets are staff work.
        HttpResponse<String> sized = put("/enterprises/" + own,
                "{\"version\":" + version + "," + mine + ",\"sizeOverride\":\"MICRO\"}", user);
        assertEquals(sized.body(), 403, sized.statusCode());
        assertEquals(403, post("/enterprises/" + own + "/retire", "{\"version\":" + version + ",\"reason\":\"自行注销\"}",
                user).statusCode());
        assertEquals(403, getBytes("/enterprises/export?format=csv", user).statusCode());
        assertEquals(403, postBytes("/enterprises/import", "统一社会信用代码,企业名称,所属区划代码\n".getBytes(StandardCharsets.UTF_8),
                "text/csv", user).statusCode());
        assertEquals(403, post("/tags", "{\"code\":\"眼镜\",\"nameZh\":\"眼镜\",\"nameEn\":\"Eyewear\",\"category\":\"OTHER\"}",
                user).statusCode());
        assertEquals(200, get("/tags", user).statusCode());
        String after = get("/enterprises/" + own).body();
        assertEquals(version, Json.number(after, "version"));
        assertEquals("ACTIVE", Json.string(after, "status"));

        // When staff have decided the size, the enterprise's own update keeps it by sending it back unchanged.
        HttpResponse<String> staff = put("/enterprises/" + own, "{\"version\":" + version + "," + mine
                + ",\"sizeOverride\":\"SMALL\"}");
        assertEquals(staff.body(), 200, staff.statusCode());
        version = Json.number(staff.body(), "version");
        assertEquals(403, put("/enterprises/" + own, "{\"version\":" + version + "," + mine + "}", user).statusCode());
        HttpResponse<String> kept = put("/enterprises/" + own, "{\"version\":" + version + ","
                + mine.replace("周三", "吴四") + ",\"sizeOverride\":\"SMALL\"}", user);
        assertEquals(kept.body(), 200, kept.statusCode());
        assertEquals("SMALL", Json.string(kept.body(), "size"));
        assertEquals("OVERRIDDEN", Json.string(kept.body(), "sizeSource"));
        assertEquals("吴四", Json.string(kept.body(), "contactPerson"));

        // An auditor reads the records and the export, and changes nothing.
        String auditor = tokenOfNewAccount("AUDITOR", "");
        assertEquals(200, getBytes("/enterprises/export?format=xlsx&creditCode=" + code("91330304MA2J0E0A1"), auditor)
                .statusCode());
        assertEquals(403, post("/enterprises/" + own + "/retire", "{\"version\":" + Json.number(kept.body(), "version")
                + ",\"reason\":\"审计\"}", auditor).statusCode());
    }

    private long register(String code, String name, String region, String industry, int employees, int revenue,
            String tags) {
        HttpResponse<String> r = post("/enterprises", "{\"creditCode\":\"" + code + "\",\"name\":\"" + name
                + "\",\"regionCode\":\"" + region + "\",\"industryCode\":\"" + industry + "\",\"employees\":" + employees
                + ",\"annualRevenue\":" + revenue + ",\"tags\":" + tags + "}");
        assertEquals(r.body(), 201, r.statusCode());
        return Json.number(r.body(), "id");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * The platform as its users meet it, on the default embedded Derby: the REST API over real HTTP
 * (clauses 4.4.1, 4.4.2, 5.1.1), the operator's console, and a service line installed and
 * uninstalled while the platform runs (clause 5.3).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends EsipTestSupport {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void healthNamesThePlatformAfterItsRegion_4_3_1() {
        HttpResponse<String> health = awaitStatus("/health", 200);
        assertEquals("UP", Json.string(health.body(), "status"));
        assertEquals("温州市企业服务综合平台", Json.string(health.body(), "displayName"));
        assertEquals("Apache Derby", Json.string(health.body(), "databaseProduct"));
        assertContains(health.body(), "\"serviceLines\":[]");
        // CXF's WADL would describe every resource to anyone without a token: not published; the request is
        // answered as the same request without ?_wadl.
        assertEquals(200, get("/health?_wadl", null).statusCode());
        for (String path : new String[] {"/health?_wadl", "/enterprises?_wadl", "/tickets?page=0&_wadl"}) {
            HttpResponse<String> wadl = get(path, null);
            assertTrue(path + " " + wadl.body(), !wadl.body().contains("wadl.dev.java.net"));
        }
        assertEquals(401, get("/enterprises?_wadl", null).statusCode());
    }

    @Test
    public void eachResourceIsItsOwnComponentAndOneAwayLeavesTheOthersAnswering() {
        awaitStatus("/health", 200);
        assertEquals(200, get("/tickets").statusCode());
        console("scr:disable org.esip.rest.internal.TicketResource");
        try {
            await("/tickets answers 503 while its component is away", () -> get("/tickets").statusCode() == 503);
            HttpResponse<String> away = get("/tickets");
            assertTrue(away.headers().firstValue("Content-Type").orElse(""),
                    away.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertContains(away.body(), "resource.unavailable");
            assertEquals("5", away.headers().firstValue("Retry-After").orElse(""));
            assertEquals(200, get("/health").statusCode());
            assertEquals(200, get("/enterprises").statusCode());
        } finally {
            console("scr:enable org.esip.rest.internal.TicketResource");
        }
        await("/tickets answers again", () -> get("/tickets").statusCode() == 200);
    }

    @Test
    public void enterpriseRegistry_4_4_2() {
        awaitStatus("/health", 200);
        HttpResponse<String> created = post("/enterprises", """
                {"creditCode":"91330100799655058B","name":"阿里巴巴（中国）有限公司","regionCode":"330100",
                 "industryCode":"i6513","tags":["高新技术企业"]}""");
        assertEquals(created.body(), 201, created.statusCode());
        long id = Json.number(created.body(), "id");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/enterprises/" + id));
        assertEquals("I6513", Json.string(created.body(), "industryCode"));

        HttpResponse<String> fetched = get("/enterprises/" + id);
        assertEquals(200, fetched.statusCode());
        assertEquals("阿里巴巴（中国）有限公司", Json.string(fetched.body(), "name"));

        // The credit code is unique: a second registration is a 409, not a second row.
        HttpResponse<String> duplicate = post("/enterprises", """
                {"creditCode":"91330100799655058b","name":"重复登记","regionCode":"330100"}""");
        assertEquals(409, duplicate.statusCode());
        assertEquals(PROBLEM_JSON, duplicate.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("creditCode", Json.string(duplicate.body(), "field"));
        HttpResponse<String> search = get("/enterprises?q=" + URLEncoder.encode("阿里巴巴",
                StandardCharsets.UTF_8));
        assertEquals(1, Json.number(search.body(), "total"));

        // Lists are paginated.
        for (String first17 : List.of("91330302MA2D0T001", "91330302MA2D0T002", "91330302MA2D0T003")) {
            String code = first17 + checkCharacter(first17);
            assertEquals(201, post("/enterprises", "{\"creditCode\":\"" + code + "\",\"name\":\"分页测试" + code
                    + "\",\"regionCode\":\"330302\"}").statusCode());
        }
        String q = URLEncoder.encode("分页测试", StandardCharsets.UTF_8);
        HttpResponse<String> page = get("/enterprises?q=" + q + "&page=1&size=2");
        assertEquals(200, page.statusCode());
        assertEquals(1, Json.number(page.body(), "page"));
        assertEquals(2, Json.number(page.body(), "size"));
        assertEquals(3, Json.number(page.body(), "total"));
        // Page 1 of size 2 holds the third of the three, in registration order.
        assertContains(page.body(), "91330302MA2D0T003");
        assertFalse(page.body().contains("91330302MA2D0T001"));
    }

    @Test
    public void aStaleUpdateIsAConflictNotASilentOverwrite_4_4_2() {
        awaitStatus("/health", 200);
        String code = "91330304MA2D0U0P1" + checkCharacter("91330304MA2D0U0P1");
        HttpResponse<String> created = post("/enterprises", "{\"creditCode\":\"" + code
                + "\",\"name\":\"瓯海锁定测试有限公司\",\"regionCode\":\"330304\",\"tags\":[\"出口\"]}");
        assertEquals(created.body(), 201, created.statusCode());
        long id = Json.number(created.body(), "id");
        long version = Json.number(created.body(), "version");

        // Staff member A changes the record against the version they read.
        HttpResponse<String> first = put("/enterprises/" + id, "{\"version\":" + version
                + ",\"name\":\"温州瓯海锁定测试有限公司\",\"regionCode\":\"330304\",\"industryCode\":\"c3443\","
                + "\"tags\":[\"出口\",\"专精特新\"]}");
        assertEquals(first.body(), 200, first.statusCode());
        assertEquals(version + 1, Json.number(first.body(), "version"));
        assertEquals("C3443", Json.string(first.body(), "industryCode"));
        assertEquals(code, Json.string(first.body(), "creditCode"));

        // Staff member B still holds the old version: 409 naming the field, and A's change stays.
        HttpResponse<String> stale = put("/enterprises/" + id, "{\"version\":" + version
                + ",\"name\":\"被覆盖的名称\",\"regionCode\":\"330304\"}");
        assertEquals(stale.body(), 409, stale.statusCode());
        assertEquals(PROBLEM_JSON, stale.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("version", Json.string(stale.body(), "field"));
        assertContains(stale.body(), "已被他人修改");
        HttpResponse<String> stored = get("/enterprises/" + id);
        assertEquals("温州瓯海锁定测试有限公司", Json.string(stored.body(), "name"));
        assertContains(stored.body(), "专精特新");

        // Without a version, or with bad fields, nothing is changed either.
        HttpResponse<String> invalid = put("/enterprises/" + id, "{\"name\":\"\",\"regionCode\":\"330304\"}");
        assertEquals(400, invalid.statusCode());
        assertContains(invalid.body(), "\"field\":\"version\"");
        assertContains(invalid.body(), "\"field\":\"name\"");
        assertEquals(404, put("/enterprises/999999", "{\"version\":1,\"name\":\"无\",\"regionCode\":\"330304\"}")
                .statusCode());
        assertEquals(version + 1, Json.number(get("/enterprises/" + id).body(), "version"));
    }

    @Test
    public void badInputIsAProblemNamingTheFieldAndNeverA500() {
        awaitStatus("/health", 200);
        HttpResponse<String> invalid = post("/enterprises", """
                {"creditCode":"91330100799655058C","name":" ","regionCode":"3303","industryCode":"Z9"}""");
        assertEquals(400, invalid.statusCode());
        assertEquals(PROBLEM_JSON, invalid.headers().firstValue("Content-Type").orElseThrow());
        for (String field : List.of("\"creditCode\"", "\"name\"", "\"regionCode\"", "\"industryCode\"")) {
            assertContains(invalid.body(), "\"field\":" + field);
        }
        assertContains(invalid.body(), "统一社会信用代码校验位（第 18 位）错误");
        assertContains(invalid.body(), "The check character (18th) of the unified social credit code is wrong");

        HttpResponse<String> malformed = post("/enterprises", "{\"creditCode\":");
        assertEquals(400, malformed.statusCode());
        assertEquals("request.not-json", Json.string(malformed.body(), "code"));

        HttpResponse<String> unknownField = post("/enterprises", "{\"creditCode\":\"x\",\"nmae\":\"typo\"}");
        assertEquals(400, unknownField.statusCode());
        assertEquals("nmae", Json.string(unknownField.body(), "field"));

        // Each step has its own body: a field another step reads (a grade on accept) is named, not ignored.
        HttpResponse<String> wrongStepField = post("/tickets/987654/accept", "{\"version\":0,\"grade\":\"SATISFIED\"}");
        assertEquals(400, wrongStepField.statusCode());
        assertEquals("grade", Json.string(wrongStepField.body(), "field"));

        HttpResponse<String> badPage = get("/enterprises?page=one");
        assertEquals(400, badPage.statusCode());
        assertEquals("page", Json.string(badPage.body(), "field"));
        assertEquals(400, get("/enterprises?size=100000").statusCode());

        HttpResponse<String> missing = get("/enterprises/987654");
        assertEquals(404, missing.statusCode());
        assertEquals(PROBLEM_JSON, missing.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, get("/enterprises/not-a-number").statusCode());
        assertEquals(404, get("/tickets/987654").statusCode());
        assertEquals(404, get("/no-such-resource").statusCode());
        // Nothing was stored by any of the bad requests.
        assertEquals(0, Json.number(get("/enterprises?q=typo").body(), "total"));
    }

    @Test
    public void ticketsAreSubmittedListedAndFetched_5_1_1() {
        awaitStatus("/health", 200);
        String code = "91330381MA2D0T0X1" + checkCharacter("91330381MA2D0T0X1");
        long enterprise = Json.number(post("/enterprises", "{\"creditCode\":\"" + code
                + "\",\"name\":\"瑞安工单测试有限公司\",\"regionCode\":\"330381\"}").body(), "id");
        HttpResponse<String> created = post("/tickets", "{\"enterpriseId\":" + enterprise
                + ",\"kind\":\"APPEAL\",\"channel\":\"WINDOW\",\"title\":\"厂房消防验收进度诉求\","
                + "\"description\":\"消防验收已提交两个月，尚无答复。\"}");
        assertEquals(created.body(), 201, created.statusCode());
        long ticket = Json.number(created.body(), "id");
        assertEquals("SUBMITTED", Json.string(created.body(), "status"));

        HttpResponse<String> fetched = get("/tickets/" + ticket);
        assertEquals("厂房消防验收进度诉求", Json.string(fetched.body(), "title"));
        assertEquals("WINDOW", Json.string(fetched.body(), "channel"));
        HttpResponse<String> listed = get("/tickets?enterpriseId=" + enterprise);
        assertEquals(1, Json.number(listed.body(), "total"));

        HttpResponse<String> unknownEnterprise = post("/tickets", "{\"enterpriseId\":987654,\"kind\":\"DEMAND\","
                + "\"channel\":\"PHONE\",\"title\":\"t\",\"description\":\"d\"}");
        assertEquals(400, unknownEnterprise.statusCode());
        assertEquals("enterpriseId", Json.string(unknownEnterprise.body(), "field"));
        HttpResponse<String> badKind = post("/tickets", "{\"enterpriseId\":" + enterprise + ",\"kind\":\"WISH\","
                + "\"channel\":\"PHONE\",\"title\":\"t\",\"description\":\"d\"}");
        assertEquals(400, badKind.statusCode());
        assertEquals("kind", Json.string(badKind.body(), "field"));
        HttpResponse<String> empty = post("/tickets", "{}");
        for (String field : List.of("enterpriseId", "kind", "channel", "title", "description")) {
            assertContains(empty.body(), "\"field\":\"" + field + "\"");
        }
        assertEquals(1, Json.number(get("/tickets?enterpriseId=" + enterprise).body(), "total"));

        // The operator sees the same ticket in the console.
        String tickets = console("esip:ticket-list");
        assertContains(tickets, "厂房消防验收进度诉求");
        assertContains(tickets, "APPEAL");
        assertContains(tickets, enterprise + " 瑞安工单测试有限公司"); // the name beside the id
        String csv = console("esip:ticket-list --csv -e " + enterprise);
        assertContains(csv, "ID,企业 Enterprise,类型 Kind,");
        assertContains(csv, ticket + "," + enterprise + " 瑞安工单测试有限公司,APPEAL,WINDOW,SUBMITTED,");
        String enterprises = console("esip:enterprise-list -q 瑞安");
        assertContains(enterprises, code);
        assertContains(enterprises, "共 1 条");
        String status = console("esip:status");
        assertContains(status, "温州市企业服务综合平台");
        assertContains(status, "Apache Derby");

        // The same commands from the distribution's bin/client, over SSH, signed in as the platform's
        // administrator (the console realm is the platform's accounts).
        String remote = binClient("esip:ticket-list");
        assertContains(remote, "厂房消防验收进度诉求");
        assertContains(remote, "APPEAL");
    }

    @Test
    public void serviceLineHotDeploysWithoutRestartingAnythingElse_5_3() {
        awaitStatus("/health", 200);
        String code = "91330382MA2D0T0H1" + checkCharacter("91330382MA2D0T0H1");
        assertEquals(201, post("/enterprises", "{\"creditCode\":\"" + code
                + "\",\"name\":\"乐清热部署测试有限公司\",\"regionCode\":\"330382\"}").statusCode());
        assertEquals(404, get("/lines/sample/catalogue").statusCode());

        List<String> stopped = Collections.synchronizedList(new ArrayList<>());
        SynchronousBundleListener listener = event -> {
            if (event.getType() == BundleEvent.STOPPED
                    && !"org.esip.line.sample".equals(event.getBundle().getSymbolicName())) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        // The distribution lists the line's feature; Karaf may still be loading its repositories.
        await("the features service knows esip-line-sample",
                () -> console("feature:list").contains("esip-line-sample"));
        bundleContext.addBundleListener(listener);
        try {
            console("feature:install esip-line-sample");
            HttpResponse<String> catalogue = awaitStatus("/lines/sample/catalogue", 200);
            assertContains(catalogue.body(), "示例咨询服务");
            HttpResponse<String> lines = get("/service-lines");
            assertEquals("sample", Json.string(lines.body(), "id"));
            assertEquals("/api/v1/lines/sample/", Json.string(lines.body(), "basePath"));
            assertContains(console("esip:status"), "示例服务专线");

            console("feature:uninstall esip-line-sample");
            awaitStatus("/lines/sample/catalogue", 404);
            assertEquals("[]", get("/service-lines").body());
        } finally {
            bundleContext.removeBundleListener(listener);
        }
        assertEquals("bundles stopped by installing and uninstalling a line", List.of(), stopped);
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.esip.")) {
                assertEquals(b.getSymbolicName(), Bundle.ACTIVE, b.getState());
            }
        }
        assertFalse(console("feature:list -i").contains("esip-line-sample"));
        // No data was lost.
        assertEquals(1, Json.number(get("/enterprises?q=" + URLEncoder.encode("乐清热部署",
                StandardCharsets.UTF_8)).body(), "total"));
    }

    /** GB 32100-2015 check character, computed independently of the platform's own code. */
    static char checkCharacter(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        return alphabet.charAt((31 - sum % 31) % 31);
    }
}

package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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

        String found = get("/lines/policy/policies?q=" + enc("数字化转型") + "&category=DIGITAL_TRANSFORMATION&level=CITY", null).body();
        assertEquals(1, Json.number(found, "total"));
        assertContains(found, "温政发〔2026〕12号");
        assertContains(get("/lines/policy/policies/" + id, enterpriseUser).body(), "最高 50 万元");
        HttpResponse<String> badFilter = get("/lines/policy/policies?category=ASTROLOGY&from=yesterday", null);
        assertEquals(400, badFilter.statusCode());
        assertContains(badFilter.body(), "\"field\":\"category\"");
        assertContains(badFilter.body(), "\"field\":\"from\"");
        assertContains(console("esip:policy-list -q 数字化转型"), "温政发〔2026〕12号");

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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String code(String first17) {
        return first17 + PlatformIT.checkCharacter(first17);
    }
}

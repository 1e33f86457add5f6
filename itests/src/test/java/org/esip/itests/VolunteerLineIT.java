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
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The volunteer line (志愿服务, clause 5.2.6) installed live into a running distribution on Derby: the whole flow of
 * {@link VolunteerLineFlow} over REST, the console commands, the catalogue, category and indicators, and the line's
 * data surviving an uninstall and reinstall (clause 5.3).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VolunteerLineIT extends EsipTestSupport {

    @Configuration
    public Option[] config() {
        // With the Wenzhou demo data, so the line's own demo data is loaded when it is first installed; the flow
        // makes and checks only its own records.
        return distribution(KarafDistributionOption.editConfigurationFilePut("etc/org.esip.platform.cfg", "demoData",
                "true"));
    }

    private void installLine() {
        await("the features service knows esip-line-volunteer",
                () -> console("feature:list").contains("esip-line-volunteer"));
        if (!console("feature:list -i").contains("esip-line-volunteer")) {
            console("feature:install esip-line-volunteer");
        }
        awaitStatus("/lines/volunteer/activities", 200);
    }

    @Test
    public void volunteersActivitiesRecordsAndCertificates_5_2_6_1_and_5_2_6_2() {
        awaitStatus("/health", 200);
        installLine();
        String lines = get("/service-lines").body();
        assertContains(lines, "志愿服务专线");
        assertContains(lines, "\"volunteer.request\"");
        assertEquals(401, get("/lines/volunteer/activities", null).statusCode());

        new VolunteerLineFlow(this).run();

        assertContains(console("esip:volunteer-list -q 林会计"), "林会计");
        assertContains(console("esip:volunteer-list --csv"), "ID,");
        assertContains(console("esip:volunteer-activities"), "小微企业财税政策公益讲堂");
        assertContains(console("esip:volunteer-stats --by team"), "财税服务队");

        // Its pages: the portal's entries for enterprises, the workbench's for staff.
        String enterprise = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + Json.number(get(
                "/enterprises?size=1").body(), "id"));
        String portal = get("/web/menu?area=portal", enterprise).body();
        assertContains(portal, "\"titleKey\":\"volunteer.menu.activities\"");
        assertContains(portal, "\"titleKey\":\"volunteer.menu.requests\"");
        String workbench = get("/web/menu?area=workbench", tokenOfNewAccount("STAFF", "")).body();
        assertContains(workbench, "\"titleKey\":\"volunteer.menu.volunteers\"");
        assertContains(workbench, "\"titleKey\":\"volunteer.menu.records\"");
    }

    @Test
    public void theWenzhouDemoDataIsLoadedAtTheFirstInstall() {
        awaitStatus("/health", 200);
        installLine();
        String activities = get("/lines/volunteer/activities").body();
        assertContains(activities, "小微企业财税政策公益讲堂");
        assertContains(activities, "跨境电商合规线上答疑");
        assertContains(get("/lines/volunteer/volunteers?q=" + URLEncoder.encode("陈晓燕",
                StandardCharsets.UTF_8)).body(), "\"regionCode\":\"330303\"");
        assertContains(get("/lines/volunteer/records").body(), "VERY_SATISFIED");
    }

    @Test
    public void theLinesDataStaysWhenItIsUninstalledAndComesBackWithIt_5_3() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        HttpResponse<String> v = post("/lines/volunteer/volunteers", "{\"name\":\"重装测试志愿者\",\"phone\":\"13700000"
                + String.format("%03d", (int) (System.nanoTime() % 1000)) + "\",\"regionCode\":\"330303\"}", staff);
        assertEquals(v.body(), 201, v.statusCode());
        long id = Json.number(v.body(), "id");
        console("feature:uninstall esip-line-volunteer");
        awaitStatus("/lines/volunteer/activities", 404);
        assertFalse(get("/service-lines").body().contains("\"volunteer\""));
        assertEquals(200, get("/health").statusCode());
        installLine();
        HttpResponse<String> back = get("/lines/volunteer/volunteers/" + id, staff);
        assertEquals(back.body(), 200, back.statusCode());
        assertContains(back.body(), "重装测试志愿者");
    }
}

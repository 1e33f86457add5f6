package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.LocalDate;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The outreach line (助企行活动与镇街服务, clauses 5.1.3 b, c; 5.4.1.1 a) installed live into a running distribution
 * on Derby: the whole REST flow ({@link OutreachLineFlow}), its console commands, and its data surviving an
 * uninstall and reinstall (clause 5.3).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutreachLineIT extends EsipTestSupport {

    @Configuration
    public Option[] config() {
        return distribution();
    }

    private void installLine() {
        await("the features service knows esip-line-outreach", () -> console("feature:list").contains("esip-line-outreach"));
        if (!console("feature:list -i").contains("esip-line-outreach")) {
            console("feature:install esip-line-outreach");
        }
        awaitStatus("/lines/outreach/campaigns", 200);
    }

    @Test
    public void campaignsVisitsDemandsAndResultsPerTownshipCentre_5_1_3_b_c_5_4_1_1_a() {
        awaitStatus("/health", 200);
        installLine();
        new OutreachLineFlow(this).run();
        String listed = console("esip:outreach-campaigns");
        assertContains(listed, "数字化改造进园区");
        assertContains(console("esip:outreach-campaigns --csv"), "id,theme,startsOn");
        assertContains(console("esip:outreach-reconcile"), "Submitted: 0");
    }

    @Test
    public void theLinesDataStaysWhenItIsUninstalledAndComesBackWithIt_5_3() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        long staffId = Json.number(post("/staff", "{\"name\":\"重装走访员\",\"post\":\"ENTERPRISE_SERVICE\",\"fullTime\":true,"
                + "\"phone\":\"13700000012\"}").body(), "id");
        LocalDate today = platformToday();
        var created = post("/lines/outreach/campaigns", "{\"theme\":\"安全生产进企业（重装测试）\",\"startsOn\":\"" + today
                + "\",\"endsOn\":\"" + today.plusDays(30) + "\",\"regionPrefix\":\"330381\",\"staffIds\":[" + staffId + "]}", staff);
        assertEquals(created.body(), 201, created.statusCode());
        long id = Json.number(created.body(), "id");
        console("feature:uninstall esip-line-outreach");
        awaitStatus("/lines/outreach/campaigns", 404);
        assertFalse(get("/service-lines").body().contains("\"outreach\""));
        assertEquals(200, get("/health").statusCode());
        installLine();
        var back = get("/lines/outreach/campaigns/" + id, staff);
        assertEquals(back.body(), 200, back.statusCode());
        assertContains(back.body(), "重装测试");
    }
}

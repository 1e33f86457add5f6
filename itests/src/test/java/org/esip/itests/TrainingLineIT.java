package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.net.http.HttpResponse;

import org.junit.Assert;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The training line (培训服务专线, clause 5.2.3) installed live into a running distribution on Derby: the whole REST
 * flow of {@link TrainingLineFlow} (5.2.3.1 courses and sessions, 5.2.3.2 registration and reminders, 5.2.3.3
 * check-in and attendance, 5.2.3.4 evaluation and indicators, needs, certificates, the {@code training.request}
 * ticket), the console, and the line's data surviving an uninstall and a reinstall (clause 5.3). The platform runs
 * with the Wenzhou demo data, which the line completes with its own once installed (checked first, before the flow
 * adds courses).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TrainingLineIT extends EsipTestSupport {

    @Configuration
    public Option[] config() {
        return distribution(KarafDistributionOption.editConfigurationFilePut(
                "etc/org.esip.platform.cfg", "demoData", "true"));
    }

    private void installLine() {
        await("the features service knows esip-line-training", () -> console("feature:list").contains("esip-line-training"));
        if (!console("feature:list -i").contains("esip-line-training")) {
            console("feature:install esip-line-training");
        }
        awaitStatus("/lines/training/courses", 200);
    }

    @Test
    public void a_theWenzhouDemoDataGetsCoursesSessionsAndAHeldSessionWithItsFigures_5_2_3() {
        awaitStatus("/health", 200);
        installLine();
        // The training needs are the demo data's last records.
        await("the training demo data", () -> get("/lines/training/needs/summary").body().contains("TECHNICAL_SKILLS"));
        assertContains(get("/lines/training/courses", null).body(), "中小企业数字化转型实务");
        String sessions = get("/lines/training/sessions?size=50", null).body();
        assertContains(sessions, "\"total\":5");
        assertContains(sessions, "\"mode\":\"AT_ENTERPRISE\"");
        assertContains(sessions, "https://live.example.cn/maishang/");
        String stats = get("/lines/training/statistics").body();
        assertEquals(stats, 1, Json.number(stats, "sessionsHeld"));
        Assert.assertTrue(stats, Json.number(stats, "attendances") >= 1);
        assertContains(stats, "\"satisfaction\":100.0");
        assertContains(get("/lines/training/needs/summary").body(), "\"DIGITAL\"");
    }

    @Test
    public void b_theWholeTrainingFlowOverRestAndTheConsole_5_2_3() {
        awaitStatus("/health", 200);
        installLine();
        new TrainingLineFlow(this).run();
        String sessions = console("esip:training-sessions --topic DIGITAL");
        assertContains(sessions, "数字化车间改造实务（流程测试）");
        assertContains(console("esip:training-sessions --csv"), "ID,课程 Course");
        assertContains(console("esip:training-statistics"), "合计 Total");
        assertContains(console("esip:training-needs"), "安全生产");
        assertContains(console("esip:training-reminders"), "notifications");
        assertContains(get("/service-lines").body(), "培训服务专线");
        assertContains(get("/service-lines").body(), "training.request");
    }

    @Test
    public void c_theLinesDataStaysWhenItIsUninstalledAndComesBackWithIt_5_3() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        HttpResponse<String> created = post("/lines/training/courses",
                "{\"title\":\"安全生产主体责任（重装测试）\",\"topic\":\"WORK_SAFETY\"}", staff);
        assertEquals(created.body(), 201, created.statusCode());
        long id = Json.number(created.body(), "id");
        console("feature:uninstall esip-line-training");
        awaitStatus("/lines/training/courses", 404);
        assertFalse(get("/service-lines").body().contains("\"training\""));
        assertEquals(200, get("/health").statusCode());
        installLine();
        HttpResponse<String> back = get("/lines/training/courses/" + id, null);
        assertEquals(back.body(), 200, back.statusCode());
        assertContains(back.body(), "重装测试");
    }
}
